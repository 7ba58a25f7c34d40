// The options page's admin requests, part of the one protocol (./protocol.ts). The background
// makes the call with the session it holds; the page never sees the token. Shapes follow the API
// client's, so a change there shows up here as a type error.
import type { ApiClient } from '@/utils/api';

type Answer<K extends keyof ApiClient> = Awaited<ReturnType<Extract<ApiClient[K], (...args: never[]) => unknown>>>;
type Arg<K extends keyof ApiClient, I extends number = 0> = Parameters<
  Extract<ApiClient[K], (...args: never[]) => unknown>
>[I];

/** Each write answers once the synced copy has caught up, so the page's lists already show it. */
export interface AdminProtocolMap {
  createTag(data: Arg<'createTag'>): Answer<'createTag'>;
  updateTag(data: { tagId: string; patch: Arg<'updateTag', 1> }): Answer<'updateTag'>;
  deleteTag(data: { tagId: string }): void;
  createField(data: Arg<'createField'>): Answer<'createField'>;
  updateField(data: { fieldId: string; patch: Arg<'updateField', 1> }): Answer<'updateField'>;
  deleteField(data: { fieldId: string }): void;
  createTemplate(data: Arg<'createTemplate'>): Answer<'createTemplate'>;
  updateTemplate(data: { templateId: string; patch: Arg<'updateTemplate', 1> }): Answer<'updateTemplate'>;
  deleteTemplate(data: { templateId: string }): void;
  importTemplates(): Answer<'importTemplates'>;
  inviteAgent(data: Arg<'inviteAgent'>): Answer<'inviteAgent'>;
  updateAgent(data: { agentId: string; patch: Arg<'updateAgent', 1> }): Answer<'updateAgent'>;
  updateSettings(data: Arg<'updateSettings'>): Answer<'updateSettings'>;
  createCampaign(data: Arg<'createCampaign'>): Answer<'createCampaign'>;
  /** A read: no sync afterwards. */
  campaignRecipients(data: { campaignId: string }): Answer<'campaignRecipients'>;
  /** A read: no sync afterwards. */
  listDeadLetters(): Answer<'listDeadLetters'>;
  /** Stored by the replay, its messages arrive through the catch-up like any write's result. */
  replayDeadLetter(data: { deadLetterId: string }): Answer<'replayDeadLetter'>;
}

export type AdminMessage = keyof AdminProtocolMap;
