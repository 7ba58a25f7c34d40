// The workspace's agents: the list every agent reads, invitations and changes an admin makes.
import { z } from 'zod';
import { InviteAgentResponse, UpdateAgentResponse, type UpdateAgentRequest } from '@/core/api/agents';
import { Agent, type Role } from '@/core/model';
import type { Requester } from './request';

const AgentsResponse = z.object({ agents: z.array(Agent) });

export interface InviteAgentInput {
  email: string;
  name: string;
  role: Role;
}

export function createAgentsClient(request: Requester) {
  return {
    agents: () => request.json(AgentsResponse, '/v1/agents'),
    inviteAgent: (body: InviteAgentInput) => request.json(InviteAgentResponse, '/v1/agents', { method: 'POST', body }),
    updateAgent: (agentId: string, body: UpdateAgentRequest) =>
      request.json(UpdateAgentResponse, `/v1/agents/${encodeURIComponent(agentId)}`, { method: 'PATCH', body }),
  };
}
