// POST /v1/templates/import: Meta's approved templates become Sidedesk templates (created or
// refreshed by name and language). What cannot be sent from here is listed with the reason.
import { TemplateCategory, type Template } from '../../core/model';
import { TEMPLATE_NAME, templateBodyProblem } from '../../core/templates';
import { ApiException } from '../errors';
import type { Store } from '../store/createStore';
import { listTemplates, upsertTemplate } from '../store/repos/templates';
import { findTemplateChannel, setWabaId } from '../store/repos/whatsappBusinessAccount';
import { fetchMetaTemplates, type MetaTemplate } from './fetchMetaTemplates';

export interface ImportResult {
  templates: Template[];
  imported: number;
  skipped: { name: string; reason: string }[];
}

export async function importTemplates(
  deps: { store: Store; fetch: typeof fetch; now: () => number },
  request: { wabaId?: string },
): Promise<ImportResult> {
  const target = await findTemplateChannel(deps.store.db, deps.store.secrets);
  if (!target) throw new ApiException(409, 'conflict', 'There is no WhatsApp channel to read templates for.');
  const wabaId = request.wabaId ?? target.wabaId;
  if (!wabaId)
    throw new ApiException(400, 'invalid', 'wabaId: the WhatsApp Business Account id is not known yet; give it once.');
  const listed = await fetchMetaTemplates(target.channel, wabaId, deps.fetch);

  const skipped: ImportResult['skipped'] = [];
  const accepted = listed.flatMap((t) => {
    const reason = whyNotImported(t);
    if (reason) skipped.push({ name: `${t.name} (${t.language})`, reason });
    return reason ? [] : [t];
  });
  return deps.store.write(async (tx, changes) => {
    if (request.wabaId && request.wabaId !== target.wabaId) await setWabaId(tx, target.channel.id, request.wabaId);
    let imported = 0;
    for (const t of accepted) {
      const input = {
        name: t.name,
        language: t.language,
        category: TemplateCategory.parse(t.category.toLowerCase()),
        body: bodyOf(t)!,
      };
      const { template, changed } = await upsertTemplate(tx, input, deps.now());
      if (!changed) continue;
      imported += 1;
      changes.add('template', template.id, null);
    }
    return { templates: await listTemplates(tx), imported, skipped };
  });
}

const bodyOf = (t: MetaTemplate) => t.components?.find((c) => c.type?.toUpperCase() === 'BODY')?.text;

function whyNotImported(t: MetaTemplate): string | null {
  if (t.status !== 'APPROVED') return `not approved (${String(t.status).toLowerCase()})`;
  if (typeof t.name !== 'string' || !TEMPLATE_NAME.test(t.name)) return 'the name is not a valid template name';
  if (!TemplateCategory.safeParse(String(t.category).toLowerCase()).success)
    return `category ${t.category} is not marketing, utility or authentication`;
  const body = bodyOf(t);
  if (!body) return 'it has no body text';
  if (/\{\{\s*[a-z_][a-z0-9_]*\s*\}\}/i.test(body)) return 'named parameters are not supported; only {{1}}, {{2}} …';
  const header = (t.components ?? []).find((c) => c.type?.toUpperCase() === 'HEADER');
  if (header && (header.format ?? 'TEXT').toUpperCase() !== 'TEXT')
    return `${String(header.format).toLowerCase()} headers are not supported`;
  if (header && /\{\{/.test(header.text ?? '')) return 'header parameters are not supported';
  return templateBodyProblem(body);
}
