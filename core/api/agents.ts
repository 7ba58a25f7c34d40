// The workspace's agents: the list, inviting and changing them.
import { z } from 'zod';
import { Agent, Role } from '../model';

export const AgentsResponse = z.object({ agents: z.array(Agent) });

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
