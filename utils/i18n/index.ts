import { en, type Strings } from './en';

/** The active strings. One language for now; the shape is the contract for the next. */
export const t: Strings = en;
export type { Strings };
