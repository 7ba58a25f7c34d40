import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

describe('base64', () => {
  it('carries every byte value across, in files larger than one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const encoded = bytesToBase64(bytes);
    expect(encoded.slice(0, 8)).toBe(btoa(String.fromCharCode(0, 7, 14, 21, 28, 35)));
    expect(base64ToBytes(encoded)).toEqual(bytes);
  });
});
