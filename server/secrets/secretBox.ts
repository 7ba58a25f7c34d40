// Secrets at rest (channel access tokens): AES-256-GCM with a random 96-bit IV per value and the
// 128-bit tag stored beside it, so a changed byte or a wrong key fails loudly instead of decrypting
// to garbage. A sealed value reads `enc:v1:<iv>:<tag>:<ciphertext>` (base64url), never the secret.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const PREFIX = 'enc:v1:';

export interface SecretBox {
  seal(plain: string): string;
  /** Throws `SecretKeyError` when the value was sealed with another key (or altered). */
  open(sealed: string): string;
}

export class SecretKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretKeyError';
  }
}

/** Bound into every channel token's tag: a value copied from another column does not open. */
export const CHANNEL_TOKEN_PURPOSE = 'channels.access_token';

export const isSealed = (value: string): boolean => value.startsWith(PREFIX);

/** `key`: exactly 32 bytes (parseConfig checks SIDEDESK_SECRET_KEY). `purpose` binds values to their column. */
export function createSecretBox(key: Uint8Array, purpose = 'sidedesk'): SecretBox {
  if (key.byteLength !== 32) throw new SecretKeyError('The secret key must be 32 bytes.');
  const aad = Buffer.from(purpose, 'utf8');
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(aad);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${PREFIX}${[iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join(':')}`;
    },
    open(sealed) {
      const parts = isSealed(sealed) ? sealed.slice(PREFIX.length).split(':') : [];
      if (parts.length !== 3) throw new SecretKeyError('The value is not a sealed secret.');
      const [iv, tag, body] = parts.map((p) => Buffer.from(p, 'base64url'));
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv);
        decipher.setAAD(aad);
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretKeyError(
          'SIDEDESK_SECRET_KEY does not open the secrets stored in this database: they were sealed with another key.',
        );
      }
    },
  };
}
