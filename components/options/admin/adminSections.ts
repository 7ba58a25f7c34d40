// The administration area's sections, in nav order. A feature adds its section with one entry.
import type { ComponentType } from 'react';
import { t } from '@/utils/i18n';
import { AgentsSection } from './AgentsSection';
import { AiSection } from './AiSection';
import { AutomationsSection } from '../bot/AutomationsSection';
import { BotSection } from '../bot/BotSection';
import { CampaignsSection } from './CampaignsSection';
import { DeadLettersSection } from './DeadLettersSection';
import { FieldsSection } from './FieldsSection';
import { QuickRepliesSection } from './QuickRepliesSection';
import { TagsSection } from './TagsSection';
import { TemplatesSection } from './TemplatesSection';
import { WorkspaceSection } from './WorkspaceSection';

export interface AdminSection {
  id: string;
  /** Read at render time, so the label follows the active language. */
  label: () => string;
  component: ComponentType;
}

export const ADMIN_SECTIONS: AdminSection[] = [
  { id: 'tags', label: () => t.admin.tags.title, component: TagsSection },
  { id: 'fields', label: () => t.admin.fields.title, component: FieldsSection },
  { id: 'templates', label: () => t.admin.templates.title, component: TemplatesSection },
  { id: 'campaigns', label: () => t.campaigns.title, component: CampaignsSection },
  { id: 'agents', label: () => t.admin.agents.title, component: AgentsSection },
  { id: 'workspace', label: () => t.admin.workspace.title, component: WorkspaceSection },
  { id: 'quickReplies', label: () => t.ai.quickReplies.title, component: QuickRepliesSection },
  { id: 'ai', label: () => t.ai.admin.title, component: AiSection },
  { id: 'bot', label: () => t.bot.admin.title, component: BotSection },
  { id: 'automations', label: () => t.bot.automations.title, component: AutomationsSection },
  { id: 'deadLetters', label: () => t.deadLetters.title, component: DeadLettersSection },
];
