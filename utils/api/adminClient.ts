// The options page's typed client for workspace administration (tags, fields, templates, agents,
// settings). Results are parsed with the core schemas; failures are ApiClientErrors whose message
// is the server's sentence. The synced copy catches up through the background afterwards.
import { z } from 'zod';
import { ApiError } from '@/core/api/errors';
import { InviteAgentResponse, UpdateAgentResponse, type UpdateAgentRequest } from '@/core/api/agents';
import { SettingsResponse, type UpdateSettingsRequest } from '@/core/api/settings';
import { FieldResponse, type CreateFieldRequest, type UpdateFieldRequest } from '@/core/api/fields';
import { TagResponse, type CreateTagRequest, type UpdateTagRequest } from '@/core/api/tags';
import { TemplateImportResponse, TemplateResponse, type TemplateInput, type TemplatePatch } from '@/core/api/templates';
import type { Role } from '@/core/model';
import { ApiClientError } from './errors';

type Method = 'POST' | 'PATCH' | 'DELETE';
const ANY = z.unknown();

export interface AdminClientDeps {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
}

export type AdminClient = ReturnType<typeof createAdminClient>;

export function createAdminClient(deps: AdminClientDeps) {
  const doFetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const base = deps.baseUrl.replace(/\/+$/, '');

  async function send<S extends z.ZodType>(
    schema: S,
    method: Method,
    path: string,
    body?: unknown,
  ): Promise<z.infer<S>> {
    let res: Response;
    try {
      res = await doFetch(base + path, {
        method,
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${deps.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      throw new ApiClientError(0, 'offline', `Can't reach ${base}: ${(err as Error).message}`);
    }
    const json: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
    if (!res.ok) {
      const parsed = ApiError.safeParse(json);
      if (parsed.success) throw new ApiClientError(res.status, parsed.data.error.code, parsed.data.error.message);
      throw new ApiClientError(res.status, res.status >= 500 ? 'internal' : 'invalid', `HTTP ${res.status}`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ApiClientError(res.status, 'bad_response', `Unexpected answer from ${path}`);
    return parsed.data;
  }

  const id = (value: string) => encodeURIComponent(value);
  return {
    createTag: (body: CreateTagRequest) => send(TagResponse, 'POST', '/v1/tags', body),
    updateTag: (tagId: string, body: UpdateTagRequest) => send(TagResponse, 'PATCH', `/v1/tags/${id(tagId)}`, body),
    deleteTag: (tagId: string) => send(ANY, 'DELETE', `/v1/tags/${id(tagId)}`),

    createField: (body: z.input<typeof CreateFieldRequest>) => send(FieldResponse, 'POST', '/v1/fields', body),
    updateField: (fieldId: string, body: UpdateFieldRequest) =>
      send(FieldResponse, 'PATCH', `/v1/fields/${id(fieldId)}`, body),
    deleteField: (fieldId: string) => send(ANY, 'DELETE', `/v1/fields/${id(fieldId)}`),

    createTemplate: (body: TemplateInput) => send(TemplateResponse, 'POST', '/v1/templates', body),
    updateTemplate: (templateId: string, body: TemplatePatch) =>
      send(TemplateResponse, 'PATCH', `/v1/templates/${id(templateId)}`, body),
    deleteTemplate: (templateId: string) => send(ANY, 'DELETE', `/v1/templates/${id(templateId)}`),
    importTemplates: () => send(TemplateImportResponse, 'POST', '/v1/templates/import', {}),

    inviteAgent: (body: { email: string; name: string; role: Role }) =>
      send(InviteAgentResponse, 'POST', '/v1/agents', body),
    updateAgent: (agentId: string, body: UpdateAgentRequest) =>
      send(UpdateAgentResponse, 'PATCH', `/v1/agents/${id(agentId)}`, body),

    updateSettings: (body: UpdateSettingsRequest) => send(SettingsResponse, 'PATCH', '/v1/settings', body),
  };
}
