// SIDEDESK_SECRET_KEY and MEDIA_HOSTS, checked for parseConfig: a bad value is one ConfigError line.
import { ConfigError } from '../parseConfig';

/**
 * The demo's and development's key when none is set: public, so it protects nothing. It keeps a
 * fresh checkout working; startServer warns when it is used outside the demo.
 */
export const BUILT_IN_SECRET_KEY = Buffer.from('sidedesk-built-in-demo-key-00000', 'utf8');

/** Meta's CDNs for customers' files: WhatsApp (lookaside.fbsbx.com), Messenger and Instagram. */
export const META_MEDIA_HOSTS = ['fbsbx.com', 'fbcdn.net', 'cdninstagram.com', 'whatsapp.net'];

/** 32 bytes as 64 hex digits or base64 (`openssl rand -base64 32`). */
export function parseSecretKey(text: string | undefined): { secretKey: Uint8Array; secretKeyBuiltIn: boolean } {
  if (text === undefined) return { secretKey: BUILT_IN_SECRET_KEY, secretKeyBuiltIn: true };
  const key = /^[0-9a-f]{64}$/i.test(text)
    ? Buffer.from(text, 'hex')
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(text)
      ? Buffer.from(text, 'base64')
      : null;
  if (!key || key.byteLength !== 32)
    throw new ConfigError(
      'SIDEDESK_SECRET_KEY',
      'must be 32 random bytes, as 64 hex digits or base64 (e.g. the output of `openssl rand -base64 32`).',
    );
  return { secretKey: key, secretKeyBuiltIn: false };
}

/**
 * Comma-separated. A bare domain allows it and its subdomains over https, and only where they
 * resolve to public addresses; a full origin (`http://host:port`) is trusted as is, private
 * addresses included (the simulator, an internal proxy). Unset: Meta's CDNs, plus the simulator
 * (PUBLIC_URL) in the demo.
 */
export function parseMediaHosts(text: string | undefined, simulatorOrigin: string | null): string[] {
  const hosts = text === undefined ? [...META_MEDIA_HOSTS] : text.split(',').map((h) => h.trim().toLowerCase());
  for (const host of hosts) {
    const valid = host.includes('://')
      ? URL.canParse(host) && new URL(host).origin === host.replace(/\/+$/, '')
      : /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host);
    if (!valid)
      throw new ConfigError(
        'MEDIA_HOSTS',
        `"${host}" is neither a domain (fbcdn.net) nor an origin (http://host:port).`,
      );
  }
  if (simulatorOrigin) hosts.push(new URL(simulatorOrigin).origin);
  return hosts.map((h) => (h.includes('://') ? new URL(h).origin : h));
}
