// Where the server may download a customer's file from. The URL comes from a webhook or from
// Meta's media lookup, so a signed webhook must not make the server fetch an internal address:
// only allow-listed hosts (MEDIA_HOSTS: Meta's CDNs by default), over https, and only where
// every address the name resolves to is public — checked again on each redirect. A full origin
// in the list (the simulator's) is trusted as configured, private address included.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { MediaDownloadError } from './mediaDownloadError';

export interface MediaUrlPolicy {
  /** Domains (their subdomains too) or full origins, as parseConfig's `mediaHosts`. */
  hosts: string[];
  /** All addresses of a name; DNS by default (tests inject it). */
  resolve?: (hostname: string) => Promise<string[]>;
}

const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const)
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv6');

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it carries.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]);
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const defaultResolve = async (hostname: string) => (await lookup(hostname, { all: true })).map((a) => a.address);

/** Throws MediaDownloadError naming why `url` may not be fetched. */
export async function checkMediaUrl(url: string, policy: MediaUrlPolicy): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new MediaDownloadError('The media URL is not a URL.');
  }
  if (policy.hosts.includes(parsed.origin)) return;
  const hostname = parsed.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const allowed = policy.hosts.some((h) => !h.includes('://') && (hostname === h || hostname.endsWith(`.${h}`)));
  if (parsed.protocol !== 'https:' || !allowed)
    throw new MediaDownloadError(`Refused to download from ${parsed.origin}: not an allowed media host (MEDIA_HOSTS).`);
  const addresses = isIP(hostname) ? [hostname] : await (policy.resolve ?? defaultResolve)(hostname);
  if (addresses.length === 0 || !addresses.every(isPublicAddress))
    throw new MediaDownloadError(`Refused to download from ${parsed.origin}: it resolves to a private address.`);
}
