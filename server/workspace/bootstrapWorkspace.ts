// What the environment declares at start: the first WhatsApp channel, the first admin, the demo.
import type { Log } from '../log';
import type { ServerConfig } from '../parseConfig';
import type { Store } from '../store/createStore';
import { countActiveAdmins } from '../store/repos/agents';
import { upsertChannel } from '../store/repos/channels';
import { ensureAgent } from './ensureAgent';
import { seedDemo } from './seedDemo';

export async function bootstrapWorkspace(
  deps: { store: Store; now: () => number; log: Log },
  config: ServerConfig,
): Promise<void> {
  const { store, now, log } = deps;
  // Channels declared in the environment; more live in the database.
  const declared = [
    config.whatsapp && {
      kind: 'whatsapp' as const,
      name: 'WhatsApp',
      externalId: config.whatsapp.phoneNumberId,
      accessToken: config.whatsapp.accessToken,
    },
    config.messenger && {
      kind: 'messenger' as const,
      name: 'Messenger',
      externalId: config.messenger.pageId,
      accessToken: config.messenger.accessToken,
    },
    config.instagram && {
      kind: 'instagram' as const,
      name: 'Instagram',
      externalId: config.instagram.accountId,
      accessToken: config.instagram.accessToken,
    },
  ];
  for (const channel of declared) {
    if (channel)
      await upsertChannel(store.db, store.secrets, { ...channel, graphUrl: config.graphUrl, simulated: false }, now());
  }
  if (config.admin && (await countActiveAdmins(store.db)) === 0) {
    const { created } = await ensureAgent(store, { ...config.admin, name: 'Admin', role: 'admin' }, now());
    if (created) log('first admin created', { email: config.admin.email });
    else log('ADMIN_EMAIL belongs to an existing agent; no admin created', { email: config.admin.email });
  }
  if (config.demo) await seedDemo({ store, now, log, publicUrl: config.publicUrl, bot: config.demoBot });
}
