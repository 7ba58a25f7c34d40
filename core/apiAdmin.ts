// Request and response bodies of workspace administration: inviting and changing agents, and the
// workspace settings.
import { z } from 'zod';
import { Agent, Role, Settings } from './model';

const AgentName = z.string().trim().min(1).max(80);

export const InviteAgentRequest = z.object({
  email: z.string().trim().toLowerCase().email(),
  name: AgentName,
  role: Role,
});
export type InviteAgentRequest = z.infer<typeof InviteAgentRequest>;

export const InviteAgentResponse = z.object({
  agent: Agent,
  /** Shown once to the admin who invited; only its hash is stored. */
  temporaryPassword: z.string(),
});
export type InviteAgentResponse = z.infer<typeof InviteAgentResponse>;

export const UpdateAgentRequest = z
  .object({ name: AgentName.optional(), role: Role.optional(), active: z.boolean().optional() })
  .refine((patch) => patch.name !== undefined || patch.role !== undefined || patch.active !== undefined, {
    message: 'send at least one of name, role, active',
  });
export type UpdateAgentRequest = z.infer<typeof UpdateAgentRequest>;

export const UpdateAgentResponse = z.object({
  agent: Agent,
  /** Open conversations that were assigned to a deactivated agent and went back to New. */
  returnedToNew: z.number().int().nonnegative(),
});
export type UpdateAgentResponse = z.infer<typeof UpdateAgentResponse>;

export const SettingsResponse = z.object({ settings: Settings });

export const UpdateSettingsRequest = z
  .object({
    defaultLayout: Settings.shape.defaultLayout.optional(),
    autoCloseDays: Settings.shape.autoCloseDays.optional(),
  })
  .refine((patch) => patch.defaultLayout !== undefined || patch.autoCloseDays !== undefined, {
    message: 'send at least one of defaultLayout, autoCloseDays',
  });
export type UpdateSettingsRequest = z.infer<typeof UpdateSettingsRequest>;
