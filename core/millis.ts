import { z } from 'zod';

/** Milliseconds since the epoch, as every timestamp on the wire. */
export const Millis = z.number().int().nonnegative();
