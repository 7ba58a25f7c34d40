// The WhatsApp channel templates and campaigns go through, and its WhatsApp Business Account id
// (WABA): templates belong to the account, not to one phone number, and are listed under it.
import type { ChannelConfig } from '../../channels/types';
import type { SecretBox } from '../../secrets/secretBox';
import type { Queryable } from '../db';
import { toChannelConfig, type ChannelRow } from '../rows';

/** The first WhatsApp channel declared (the one a campaign sends from), with its WABA id if known. */
export async function findTemplateChannel(
  q: Queryable,
  secrets: SecretBox,
): Promise<{ channel: ChannelConfig; wabaId: string | null } | null> {
  const [row] = await q.query<ChannelRow & { waba_id: string | null }>(
    `SELECT * FROM channels WHERE kind = 'whatsapp' ORDER BY created_at, id LIMIT 1`,
  );
  return row ? { channel: toChannelConfig(row, secrets), wabaId: row.waba_id } : null;
}

export async function setWabaId(q: Queryable, channelId: string, wabaId: string): Promise<void> {
  await q.query('UPDATE channels SET waba_id = $2 WHERE id = $1', [channelId, wabaId]);
}
