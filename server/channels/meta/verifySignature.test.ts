import { describe, expect, it } from 'vitest';
import { fixture } from './testFixtures';
import { signatureHeader, verifySignature } from './verifySignature';

const vector = fixture<{
  app_secret: string;
  raw_body: string;
  x_hub_signature_256: string;
  wrong_if_reserialized_utf8: { body: string; hmac_hex: string };
}>('signature-test-vector.json');

const bytes = (text: string) => new TextEncoder().encode(text);

describe('verifySignature', () => {
  it("accepts the test vector, signed over Meta's escaped non-ASCII bytes", () => {
    expect(vector.raw_body).toContain('\\u00e9');
    expect(verifySignature(bytes(vector.raw_body), vector.x_hub_signature_256, vector.app_secret)).toBe(true);
  });

  it('accepts an uppercase hex digest', () => {
    const header = `sha256=${vector.x_hub_signature_256.slice(7).toUpperCase()}`;
    expect(verifySignature(bytes(vector.raw_body), header, vector.app_secret)).toBe(true);
  });

  it('rejects the same payload re-serialised as UTF-8', () => {
    const reserialised = bytes(vector.wrong_if_reserialized_utf8.body);
    expect(verifySignature(reserialised, vector.x_hub_signature_256, vector.app_secret)).toBe(false);
    // ...which is the vector's own HMAC for those bytes, so our HMAC matches theirs.
    expect(signatureHeader(reserialised, vector.app_secret)).toBe(
      `sha256=${vector.wrong_if_reserialized_utf8.hmac_hex}`,
    );
  });

  it('rejects a wrong secret, an empty secret, a missing or malformed header, a different length', () => {
    const body = bytes(vector.raw_body);
    const good = vector.x_hub_signature_256;
    expect(verifySignature(body, good, 'not-the-secret')).toBe(false);
    expect(verifySignature(body, good, '')).toBe(false);
    expect(verifySignature(body, undefined, vector.app_secret)).toBe(false);
    expect(verifySignature(body, '', vector.app_secret)).toBe(false);
    expect(verifySignature(body, good.slice(7), vector.app_secret)).toBe(false);
    expect(verifySignature(body, good.replace('sha256=', 'sha1='), vector.app_secret)).toBe(false);
    expect(verifySignature(body, `${good.slice(0, -1)}z`, vector.app_secret)).toBe(false);
    expect(verifySignature(body, good.slice(0, -2), vector.app_secret)).toBe(false);
    expect(verifySignature(body, `${good}00`, vector.app_secret)).toBe(false);
  });

  it('rejects a body changed by one byte', () => {
    const body = bytes(vector.raw_body.replace('Bogot', 'Bogut'));
    expect(verifySignature(body, vector.x_hub_signature_256, vector.app_secret)).toBe(false);
  });
});
