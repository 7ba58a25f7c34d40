// POST /v1/campaigns: checks what can be checked at once (template, parameters, assignee, each
// phone number), stores the campaign with every recipient, and leaves the sending to runCampaign.
import type { CampaignRequest } from '../../core/api/campaigns';
import type { Agent } from '../../core/model';
import { normalizePhoneNumber } from '../../core/phoneNumbers';
import { templateParamsProblem } from '../../core/templates';
import { ApiException } from '../errors';
import type { Store } from '../store/createStore';
import { findAgentsByIds } from '../store/repos/agents';
import { insertCampaign, type CampaignRecord, type NewRecipient } from '../store/repos/campaigns';
import { findTemplate } from '../store/repos/templates';
import { findTemplateChannel } from '../store/repos/whatsappBusinessAccount';

export async function createCampaign(
  store: Store,
  admin: Agent,
  request: CampaignRequest,
  now: number,
): Promise<CampaignRecord> {
  const template = await findTemplate(store.db, request.templateId);
  if (!template) throw new ApiException(400, 'invalid', 'templateId: no such template.');
  const problem = templateParamsProblem(template.body, request.params);
  if (problem) throw new ApiException(400, 'invalid', `params: ${problem} for "${template.name}".`);
  const assigneeId = request.assigneeId ?? admin.id;
  const [assignee] = await findAgentsByIds(store.db, [assigneeId]);
  if (!assignee || !assignee.active)
    throw new ApiException(400, 'invalid', 'assigneeId: no active agent with this id.');
  if (!(await findTemplateChannel(store.db, store.secrets)))
    throw new ApiException(409, 'conflict', 'There is no WhatsApp channel to send a campaign from.');

  return store.write(async (tx, changes) => {
    const campaign = await insertCampaign(
      tx,
      {
        templateId: template.id,
        params: request.params,
        assigneeId,
        createdBy: admin.id,
        recipients: checkRecipients(request.recipients),
      },
      now,
    );
    changes.add('campaign', campaign.id, null);
    return campaign;
  });
}

/** Each input with its digits, or why it is refused; a number listed twice is sent once. */
export function checkRecipients(inputs: string[]): NewRecipient[] {
  const seen = new Set<string>();
  return inputs.map((input) => {
    const check = normalizePhoneNumber(input);
    if (!check.ok) return { input, phone: null, error: `Invalid phone number: ${check.error}.` };
    if (seen.has(check.phone)) return { input, phone: check.phone, error: 'Listed twice; sent once.' };
    seen.add(check.phone);
    return { input, phone: check.phone, error: null };
  });
}
