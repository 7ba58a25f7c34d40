// Graph API error bodies the stand-in answers with, in Meta's shapes (fixtures/graph-error-*.json,
// whatsapp-error-131047-response.json).
import { randomBytes } from 'node:crypto';

export interface GraphErrorAnswer {
  status: number;
  body: { error: Record<string, unknown> };
}

const trace = () => randomBytes(12).toString('base64url');

export function graphError(
  status: number,
  code: number,
  message: string,
  details?: string,
  subcode?: number,
): GraphErrorAnswer {
  const error: Record<string, unknown> = { message, type: 'OAuthException', code };
  if (details !== undefined) error.error_data = { messaging_product: 'whatsapp', details };
  if (subcode !== undefined) error.error_subcode = subcode;
  error.fbtrace_id = trace();
  return { status, body: { error } };
}

/** Known WhatsApp codes with Meta's titles and wire details; others get a generic text. */
const KNOWN: Record<number, { status: number; title: string; details: string }> = {
  131047: {
    status: 400,
    title: 'Re-engagement message',
    details:
      'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
  },
  130429: { status: 400, title: 'Rate limit hit', details: 'Cloud API message throughput has been reached.' },
  131026: {
    status: 400,
    title: 'Message undeliverable',
    details: 'Unable to deliver message. The recipient may not be on WhatsApp.',
  },
  131000: { status: 500, title: 'Something went wrong', details: 'Message failed to send due to an unknown error.' },
};

export function describeSimulatedCode(code: number): { status: number; title: string; details: string } {
  return (
    KNOWN[code] ?? {
      status: code === 190 ? 401 : 400,
      title: code === 190 ? 'Invalid OAuth access token' : 'Simulated error',
      details: 'Failure requested through /simulator/api/fail-next.',
    }
  );
}

export function simulatedFailure(code: number, httpStatus?: number): GraphErrorAnswer {
  const known = describeSimulatedCode(code);
  return graphError(httpStatus ?? known.status, code, `(#${code}) ${known.title}`, known.details);
}

export const invalidToken = () => graphError(401, 190, 'Invalid OAuth access token - Cannot parse access token');

export const unknownPhoneNumber = (id: string) =>
  graphError(
    400,
    100,
    `Unsupported post request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
    undefined,
    33,
  );

export const invalidParameter = (details: string) => graphError(400, 100, '(#100) Invalid parameter', details);
