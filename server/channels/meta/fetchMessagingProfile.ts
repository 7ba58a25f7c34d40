// The customer's name from the Graph API, for Messenger (GET /{psid}?fields=name,first_name,last_name)
// and Instagram (GET /{igsid}?fields=name,username). Best effort: null when Meta has none or refuses
// (users can hide their profile; the permission may be missing) — the caller then uses a placeholder.
import type { ChannelConfig } from '../types';

const FIELDS = { messenger: 'name,first_name,last_name', instagram: 'name,username' } as const;
const TIMEOUT_MS = 5_000;

export async function fetchMessagingProfile(
  channel: ChannelConfig,
  externalId: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string | null> {
  if (channel.kind === 'whatsapp') return null;
  const url = `${channel.graphUrl.replace(/\/+$/, '')}/${encodeURIComponent(externalId)}?fields=${FIELDS[channel.kind]}`;
  const response = await fetchImpl(url, {
    headers: { authorization: `Bearer ${channel.accessToken}` },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) return null;
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const text = (key: string) => (typeof body?.[key] === 'string' ? (body[key] as string).trim() : '');
  const name = text('name') || [text('first_name'), text('last_name')].filter(Boolean).join(' ');
  if (name) return name;
  return text('username') ? `@${text('username')}` : null;
}
