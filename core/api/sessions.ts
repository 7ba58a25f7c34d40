// An agent's sessions (one per sign-in), and ending them.
import { z } from 'zod';

export const Session = z
  .object({
    id: z.string(),
    createdAt: z.number().int(),
    /** Updated at most once a minute. */
    lastUsedAt: z.number().int(),
    /** The browser that signed in, as it described itself. */
    userAgent: z.string(),
    /** The session making this request. */
    current: z.boolean(),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof Session>;

export const SessionsResponse = z.object({ sessions: z.array(Session) });
export type SessionsResponse = z.infer<typeof SessionsResponse>;

export const EndedSessionsResponse = z.object({ ended: z.number().int() });
export type EndedSessionsResponse = z.infer<typeof EndedSessionsResponse>;
