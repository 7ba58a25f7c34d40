// What the server has configured for AI, asked of the server when the section opens (it is not
// synced: it describes the server, not the workspace).
import type { AiSetup } from '@/core/api/ai';
import { describeAiSetup } from '@/utils/ai/describeAiSetup';
import { t } from '@/utils/i18n';

export type SetupState = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; ai: AiSetup };

export function AiSetupBox({ setup }: { setup: SetupState }) {
  return (
    <section
      data-testid="ai-setup"
      aria-labelledby="ai-setup-title"
      className="mb-6 rounded-lg bg-zinc-50 px-4 py-3 ring-1 ring-inset ring-zinc-200"
    >
      <h3 id="ai-setup-title" className="mb-1.5 text-[12px] font-semibold text-zinc-700">
        {t.ai.admin.setupTitle}
      </h3>
      {setup.state === 'loading' && (
        <p role="status" className="text-zinc-500">
          {t.ai.admin.loading}
        </p>
      )}
      {setup.state === 'failed' && (
        <p role="alert" className="text-rose-700">
          {t.ai.admin.loadFailed(setup.message)}
        </p>
      )}
      {setup.state === 'ready' && <SetupLines ai={setup.ai} />}
    </section>
  );
}

function SetupLines({ ai }: { ai: AiSetup }) {
  const words = describeAiSetup(ai);
  return (
    <>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-[12.5px]">
        <dt className="text-zinc-500">{t.ai.admin.chat}</dt>
        <dd data-testid="ai-setup-chat" className="break-words text-zinc-900">
          {words.chat}
        </dd>
        <dt className="text-zinc-500">{t.ai.admin.transcription}</dt>
        <dd data-testid="ai-setup-transcription" className="break-words text-zinc-900">
          {words.transcription}
        </dd>
      </dl>
      {ai.chat.kind === 'none' && <p className="mt-2 text-[12px] text-zinc-500">{t.ai.admin.chatNoneHint}</p>}
    </>
  );
}
