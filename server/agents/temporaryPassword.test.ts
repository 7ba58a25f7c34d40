import { describe, expect, it } from 'vitest';
import { READABLE_ALPHABET, temporaryPassword } from './temporaryPassword';

describe('temporaryPassword', () => {
  it('is three dash-separated groups of four readable characters', () => {
    const password = temporaryPassword();
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    for (const ch of password.replaceAll('-', '')) expect(READABLE_ALPHABET).toContain(ch);
  });

  it('never uses look-alike characters', () => {
    for (const ch of '01ilo') expect(READABLE_ALPHABET).not.toContain(ch);
  });

  it('draws every character from the injected random source', () => {
    let i = 0;
    expect(temporaryPassword(() => i++ % READABLE_ALPHABET.length)).toBe('abcd-efgh-jkmn');
  });

  it('differs between calls', () => {
    expect(new Set(Array.from({ length: 50 }, () => temporaryPassword())).size).toBe(50);
  });
});
