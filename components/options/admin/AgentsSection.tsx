// Agents: invite (the temporary password is shown once), change role, end sessions, deactivate or reactivate.
import { useState, type FormEvent } from 'react';
import { Role, type Agent } from '@/core/model';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { useMe } from '../../hooks/useLocalData';
import { EndSessionsButton } from './EndSessionsButton';
import { InvitedPassword } from './InvitedPassword';
import { ErrorText, inputClass, labelClass, Notice, primaryButton, quietButton, RowList, SectionHeader } from './ui';
import { useAdminAction } from './useAdminAction';
import { useAgentList } from './useCatalog';

function AgentRow({ agent, isMe }: { agent: Agent; isMe: boolean }) {
  const { run, busy, error } = useAdminAction();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const setActive = async (active: boolean) => {
    setConfirming(false);
    const result = await run(() => sendMessage('updateAgent', { agentId: agent.id, patch: { active } }));
    if (result && !active) setNotice(t.admin.agents.returnedToNew(result.returnedToNew));
  };
  return (
    <li className="px-4 py-2.5" data-testid="agent-row" data-email={agent.email}>
      <div className="flex items-center gap-3">
        <div className="min-w-0 flex-1">
          <p className={`font-medium ${agent.active ? 'text-zinc-800' : 'text-zinc-400 line-through'}`}>
            {agent.name} {isMe && <span className="font-normal text-zinc-400">({t.admin.agents.you})</span>}
          </p>
          <p className="truncate text-[12px] text-zinc-500">{agent.email}</p>
          {agent.active && !isMe && <EndSessionsButton agent={agent} />}
        </div>
        <span
          className={`rounded-full px-2 py-0.5 text-[11.5px] font-medium ${agent.active ? 'bg-emerald-50 text-emerald-700' : 'bg-zinc-100 text-zinc-500'}`}
        >
          {agent.active ? t.admin.agents.active : t.admin.agents.inactive}
        </span>
        <select
          aria-label={t.admin.agents.roleOf(agent.name)}
          data-testid="agent-role"
          className="w-36 shrink-0 rounded-md border border-zinc-300 bg-white px-2 py-1 text-[13px] focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30"
          value={agent.role}
          disabled={busy}
          onChange={(e) =>
            void run(() => sendMessage('updateAgent', { agentId: agent.id, patch: { role: e.target.value as Role } }))
          }
        >
          {Role.options.map((role) => (
            <option key={role} value={role}>
              {t.admin.agents.roles[role]}
            </option>
          ))}
        </select>
        {agent.active ? (
          <button
            type="button"
            data-testid="agent-deactivate"
            className="w-24 shrink-0 rounded px-2 py-1 text-[12.5px] font-medium text-rose-700 hover:bg-rose-50 disabled:opacity-40"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t.admin.agents.deactivate}
          </button>
        ) : (
          <button
            type="button"
            data-testid="agent-reactivate"
            className={`${quietButton} w-24 shrink-0`}
            disabled={busy}
            onClick={() => void setActive(true)}
          >
            {t.admin.agents.reactivate}
          </button>
        )}
      </div>
      {confirming && (
        <div className="mt-2 flex items-center gap-2 rounded-md bg-rose-50 px-3 py-2 text-rose-900 ring-1 ring-inset ring-rose-200">
          <span className="flex-1">{t.admin.agents.confirmDeactivate(agent.name)}</span>
          <button
            type="button"
            data-testid="agent-deactivate-confirm"
            className="rounded-md bg-rose-600 px-3 py-1 font-medium text-white hover:bg-rose-500"
            onClick={() => void setActive(false)}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the admin just asked to deactivate; focus goes to the confirmation they asked for
            autoFocus
          >
            {t.admin.agents.deactivate}
          </button>
          <button type="button" className={quietButton} onClick={() => setConfirming(false)}>
            {t.admin.cancel}
          </button>
        </div>
      )}
      {notice && <Notice>{notice}</Notice>}
      <ErrorText error={error} />
    </li>
  );
}

export function AgentsSection() {
  const agents = useAgentList();
  const meId = useMe()?.me?.agent.id;
  const { run, busy, error } = useAdminAction();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [invited, setInvited] = useState<{ name: string; password: string } | null>(null);

  const invite = async (e: FormEvent) => {
    e.preventDefault();
    const result = await run(() => sendMessage('inviteAgent', { name: name.trim(), email: email.trim(), role }));
    if (!result) return;
    setInvited({ name: result.agent.name, password: result.temporaryPassword });
    setName('');
    setEmail('');
    setRole('agent');
  };

  return (
    <div>
      <SectionHeader title={t.admin.agents.title} hint={t.admin.agents.hint} />
      <form onSubmit={invite} className="mb-2 grid grid-cols-[1fr_1fr_9rem_auto] items-end gap-3">
        <div>
          <label htmlFor="invite-name" className={labelClass}>
            {t.admin.agents.name}
          </label>
          <input
            id="invite-name"
            data-testid="invite-name"
            className={inputClass}
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={80}
          />
        </div>
        <div>
          <label htmlFor="invite-email" className={labelClass}>
            {t.admin.agents.email}
          </label>
          <input
            id="invite-email"
            data-testid="invite-email"
            type="email"
            className={inputClass}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
        </div>
        <div>
          <label htmlFor="invite-role" className={labelClass}>
            {t.admin.agents.role}
          </label>
          <select
            id="invite-role"
            data-testid="invite-role"
            className={inputClass}
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
          >
            {Role.options.map((r) => (
              <option key={r} value={r}>
                {t.admin.agents.roles[r]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" data-testid="invite" className={primaryButton} disabled={busy}>
          {busy ? t.admin.agents.inviting : t.admin.agents.invite}
        </button>
      </form>
      <ErrorText error={error} />
      {invited && <InvitedPassword name={invited.name} password={invited.password} onDone={() => setInvited(null)} />}
      <div className="mt-4">
        <RowList testId="agent-list" empty={agents?.length === 0}>
          {(agents ?? []).map((agent) => (
            <AgentRow key={agent.id} agent={agent} isMe={agent.id === meId} />
          ))}
        </RowList>
      </div>
    </div>
  );
}
