// Channels live in the database: one row per WhatsApp number, Page or Instagram account.
import { randomUUID } from 'node:crypto';
import type { Channel } from '../../../core/model';
import type { ChannelConfig } from '../../channels/types';
import type { SecretBox } from '../../secrets/secretBox';
import type { Queryable } from '../db';
import { toChannelConfig, type ChannelRow } from '../rows';

export type ChannelDeclaration = Omit<ChannelConfig, 'id'>;

/** Declares a channel by (kind, externalId): created once, its settings refreshed on every start. */
export async function upsertChannel(
  q: Queryable,
  secrets: SecretBox,
  channel: ChannelDeclaration,
  now: number,
): Promise<ChannelConfig> {
  const [row] = await q.query<ChannelRow>(
    `INSERT INTO channels (id, kind, name, external_id, access_token, graph_url, simulated, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (kind, external_id) DO UPDATE
       SET name = excluded.name, access_token = excluded.access_token,
           graph_url = excluded.graph_url, simulated = excluded.simulated
     RETURNING *`,
    [
      randomUUID(),
      channel.kind,
      channel.name,
      channel.externalId,
      secrets.seal(channel.accessToken),
      channel.graphUrl,
      channel.simulated,
      now,
    ],
  );
  return toChannelConfig(row, secrets);
}

export async function findChannelByExternalId(
  q: Queryable,
  secrets: SecretBox,
  kind: Channel,
  externalId: string,
): Promise<ChannelConfig | null> {
  const [row] = await q.query<ChannelRow>('SELECT * FROM channels WHERE kind = $1 AND external_id = $2', [
    kind,
    externalId,
  ]);
  return row ? toChannelConfig(row, secrets) : null;
}

export async function findChannelById(q: Queryable, secrets: SecretBox, id: string): Promise<ChannelConfig | null> {
  const [row] = await q.query<ChannelRow>('SELECT * FROM channels WHERE id = $1', [id]);
  return row ? toChannelConfig(row, secrets) : null;
}

/** Customers who wrote to a simulated channel (the demo's among them): the phone lists them to play. */
export async function listSimulatedContacts(q: Queryable): Promise<{ name: string; phone: string }[]> {
  return q.query<{ name: string; phone: string }>(
    `SELECT DISTINCT ON (ct.external_id) ct.name, ct.external_id AS phone
       FROM contacts ct JOIN channels ch ON ch.id = ct.channel_id
      WHERE ch.simulated
      ORDER BY ct.external_id, ct.first_contact_at`,
  );
}

export async function listSimulatedChannels(q: Queryable, secrets: SecretBox): Promise<ChannelConfig[]> {
  return (await q.query<ChannelRow>('SELECT * FROM channels WHERE simulated ORDER BY created_at')).map((row) =>
    toChannelConfig(row, secrets),
  );
}
