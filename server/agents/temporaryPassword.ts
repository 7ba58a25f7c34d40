// Temporary passwords for invited agents: read aloud or typed from a chat without confusion, so
// the alphabet leaves out look-alikes (0/o, 1/l/i). Three groups of four: 31^12 ≈ 2^59.
import { randomInt } from 'node:crypto';

export const READABLE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function temporaryPassword(random: (max: number) => number = randomInt): string {
  const group = () => Array.from({ length: 4 }, () => READABLE_ALPHABET[random(READABLE_ALPHABET.length)]).join('');
  return [group(), group(), group()].join('-');
}
