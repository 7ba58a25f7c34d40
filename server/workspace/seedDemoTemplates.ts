// The demo's templates: the simulated business account's approved ones, as if an admin had
// imported them, and the account id on the demo channel so Import works from the options page.
import { SIMULATED_TEMPLATES, SIMULATED_WABA_ID } from '../simulator/approvedTemplates';
import type { Store } from '../store/createStore';
import { insertTemplate } from '../store/repos/templates';
import { setWabaId } from '../store/repos/whatsappBusinessAccount';

export async function seedDemoTemplates(store: Store, channelId: string, now: number): Promise<void> {
  await store.write(async (tx, changes) => {
    await setWabaId(tx, channelId, SIMULATED_WABA_ID);
    // Only into an empty catalog: an admin's own choices survive restarts.
    if ((await tx.query('SELECT 1 FROM templates LIMIT 1')).length > 0) return;
    for (const t of SIMULATED_TEMPLATES.filter((t) => t.status === 'APPROVED')) {
      const template = await insertTemplate(
        tx,
        { name: t.name, language: t.language, category: t.category, body: t.body },
        now,
      );
      if (template) changes.add('template', template.id, null);
    }
  });
}
