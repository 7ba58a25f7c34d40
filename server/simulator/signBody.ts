// Serialise and sign a webhook exactly as Meta does, so the server's raw-bytes check is exercised.
import { metaJsonStringify } from '../channels/meta/metaJsonStringify';
import { signatureHeader } from '../channels/meta/verifySignature';

export { metaJsonStringify };

/** `body` is the exact string to POST; `signature` the matching X-Hub-Signature-256 value. */
export function signBody(payload: unknown, appSecret: string): { body: string; signature: string } {
  const body = typeof payload === 'string' ? payload : metaJsonStringify(payload);
  return { body, signature: signatureHeader(Buffer.from(body, 'utf8'), appSecret) };
}
