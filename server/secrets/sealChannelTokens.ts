// On every start, before any channel is read: tokens stored in the clear by an older version are
// sealed in place, and sealed ones are opened once, so a wrong SIDEDESK_SECRET_KEY stops the start
// with one clear line instead of failing every send later.
import type { Store } from '../store/createStore';
import { isSealed } from './secretBox';

export async function sealChannelTokens(store: Store): Promise<void> {
  const rows = await store.db.query<{ id: string; access_token: string }>(
    'SELECT id, access_token FROM channels ORDER BY id',
  );
  for (const row of rows) {
    if (isSealed(row.access_token)) store.secrets.open(row.access_token);
    // Compared with the value read: another process sealing it meanwhile wins, and stays sealed.
    else
      await store.db.query('UPDATE channels SET access_token = $2 WHERE id = $1 AND access_token = $3', [
        row.id,
        store.secrets.seal(row.access_token),
        row.access_token,
      ]);
  }
}
