// Reads a WhatsApp Business Account's message templates from the Graph API
// (GET /{waba-id}/message_templates), following Meta's cursor paging.
import { describeGraphError, type GraphErrorBody } from '../channels/meta/graphError';
import type { ChannelConfig } from '../channels/types';
import { ApiException } from '../errors';

/** One entry of Meta's list, as far as Sidedesk reads it. */
export interface MetaTemplate {
  name: string;
  language: string;
  status: string;
  category: string;
  components: { type: string; format?: string; text?: string }[];
}

const PAGE_LIMIT = 100;
/** Enough for any real account (Meta caps a WABA at a few hundred templates per language). */
const MAX_PAGES = 20;
const TIMEOUT_MS = 15_000;

export async function fetchMetaTemplates(
  channel: ChannelConfig,
  wabaId: string,
  fetchImpl: typeof fetch,
): Promise<MetaTemplate[]> {
  const base = channel.graphUrl.replace(/\/+$/, '');
  let url: string | null =
    `${base}/${wabaId}/message_templates?fields=name,language,status,category,components&limit=${PAGE_LIMIT}`;
  const templates: MetaTemplate[] = [];
  for (let page = 0; url && page < MAX_PAGES; page++) {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        headers: { authorization: `Bearer ${channel.accessToken}` },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new ApiException(
        502,
        'upstream',
        `Could not reach Meta to read the templates: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const body = (await response.json().catch(() => null)) as {
      data?: unknown;
      paging?: { next?: unknown };
      error?: GraphErrorBody;
    } | null;
    if (!response.ok) {
      const reason = body?.error ? describeGraphError(body.error) : `HTTP ${response.status}`;
      throw new ApiException(502, 'upstream', `Meta refused to list the templates: ${reason}`);
    }
    if (!body || !Array.isArray(body.data))
      throw new ApiException(502, 'upstream', 'Meta answered the template list without data.');
    templates.push(...(body.data as MetaTemplate[]));
    url = typeof body.paging?.next === 'string' ? body.paging.next : null;
  }
  return templates;
}
