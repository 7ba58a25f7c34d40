// In the admin's agent list: signs an agent out everywhere (a lost laptop, a shared computer),
// without deactivating them. Says how many sessions ended.
import { useState } from 'react';
import type { Agent } from '@/core/model';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { ErrorText, Notice } from './ui';
import { useAdminAction } from './useAdminAction';

export function EndSessionsButton({ agent }: { agent: Agent }) {
  const { run, busy, error } = useAdminAction();
  const [ended, setEnded] = useState<number | null>(null);
  const end = async () => {
    setEnded(null);
    const result = await run(() => sendMessage('endAgentSessions', { agentId: agent.id }));
    if (result) setEnded(result.ended);
  };
  return (
    <>
      <button
        type="button"
        data-testid="agent-end-sessions"
        aria-label={t.sessions.admin.endAllOf(agent.name)}
        className="mt-0.5 rounded text-[12px] font-medium text-zinc-600 underline-offset-2 hover:text-zinc-900 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:opacity-40"
        disabled={busy}
        onClick={() => void end()}
      >
        {t.sessions.admin.endAll}
      </button>
      {ended !== null && <Notice>{t.sessions.admin.ended(ended)}</Notice>}
      <ErrorText error={error} />
    </>
  );
}
