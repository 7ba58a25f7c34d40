// The /v1 body limit: JSON bodies only (no route takes uploads), so a megabyte is ample, and a
// 20 MB sign-in body is refused unread instead of parsed and run through scrypt.
import { bodyLimit } from 'hono/body-limit';
import { ApiException } from '../errors';

export const API_MAX_BYTES = 1024 * 1024;

/** A 413 `too_large` past `maxBytes`, before anything reads or parses the body. */
export function limitBody(maxBytes: number, what: string) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiException(413, 'too_large', `${what} larger than ${maxBytes} bytes.`);
    },
  });
}

export const apiBodyLimit = () => limitBody(API_MAX_BYTES, 'Request body');
