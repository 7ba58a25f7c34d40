// Workspace administration (tags, fields, templates, settings). Results are parsed with the core
// schemas; the server checks that the caller is an admin.
import { z } from 'zod';
import { SettingsResponse, type UpdateSettingsRequest } from '@/core/api/settings';
import { FieldResponse, type CreateFieldRequest, type UpdateFieldRequest } from '@/core/api/fields';
import { TagResponse, type CreateTagRequest, type UpdateTagRequest } from '@/core/api/tags';
import { TemplateImportResponse, TemplateResponse, type TemplateInput, type TemplatePatch } from '@/core/api/templates';
import type { Requester } from './request';

const ANY = z.unknown();
export type CreateFieldInput = z.input<typeof CreateFieldRequest>;

export function createAdminClient(request: Requester) {
  const id = (value: string) => encodeURIComponent(value);
  const post = <S extends z.ZodType>(schema: S, path: string, body: unknown) =>
    request.json(schema, path, { method: 'POST', body });
  const patch = <S extends z.ZodType>(schema: S, path: string, body: unknown) =>
    request.json(schema, path, { method: 'PATCH', body });
  const remove = (path: string) => request.json(ANY, path, { method: 'DELETE' });
  return {
    createTag: (body: CreateTagRequest) => post(TagResponse, '/v1/tags', body),
    updateTag: (tagId: string, body: UpdateTagRequest) => patch(TagResponse, `/v1/tags/${id(tagId)}`, body),
    deleteTag: (tagId: string) => remove(`/v1/tags/${id(tagId)}`),

    createField: (body: CreateFieldInput) => post(FieldResponse, '/v1/fields', body),
    updateField: (fieldId: string, body: UpdateFieldRequest) => patch(FieldResponse, `/v1/fields/${id(fieldId)}`, body),
    deleteField: (fieldId: string) => remove(`/v1/fields/${id(fieldId)}`),

    createTemplate: (body: TemplateInput) => post(TemplateResponse, '/v1/templates', body),
    updateTemplate: (templateId: string, body: TemplatePatch) =>
      patch(TemplateResponse, `/v1/templates/${id(templateId)}`, body),
    deleteTemplate: (templateId: string) => remove(`/v1/templates/${id(templateId)}`),
    importTemplates: () => post(TemplateImportResponse, '/v1/templates/import', {}),

    updateSettings: (body: UpdateSettingsRequest) => patch(SettingsResponse, '/v1/settings', body),
  };
}
