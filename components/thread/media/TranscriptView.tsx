// A voice note's text under its player: "Transcribing…", then the text and what produced it, or
// why it failed with Retry. One live region, so a screen reader hears each change.
import { useState } from 'react';
import type { Message, Transcript } from '@/core/model';
import { aiErrorText, transcriptFailureText } from '@/utils/ai/aiErrorText';
import { clockTime } from '@/utils/format/time';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { Spinner } from '../ai/aiIcons';

export function TranscriptView({ message }: { message: Pick<Message, 'id' | 'transcript'> }) {
  const transcript = message.transcript;
  if (!transcript) return null;
  return (
    <div
      aria-live="polite"
      data-testid="transcript"
      data-transcript-state={transcript.status}
      className="mt-1.5 border-t border-current/10 pt-1.5 text-[12.5px] leading-snug"
    >
      {transcript.status === 'pending' && (
        <p className="flex items-center gap-1.5 text-[12px] opacity-70">
          <Spinner className="border-current/25 border-t-current" />
          {t.ai.transcript.pending}
        </p>
      )}
      {transcript.status === 'done' && <Done transcript={transcript} />}
      {transcript.status === 'failed' && <Failed messageId={message.id} transcript={transcript} />}
    </div>
  );
}

function Done({ transcript }: { transcript: Transcript }) {
  return (
    <>
      {transcript.text?.trim() ? (
        <p data-testid="transcript-text" className="whitespace-pre-wrap break-words">
          {transcript.text}
        </p>
      ) : (
        <p className="italic opacity-70">{t.ai.transcript.empty}</p>
      )}
      <p data-testid="transcript-engine" className="mt-0.5 text-[10.5px] opacity-60">
        {transcript.engine ? t.ai.transcript.by[transcript.engine] : t.ai.transcript.byUnknown}
      </p>
    </>
  );
}

function Failed({ messageId, transcript }: { messageId: string; transcript: Transcript }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const retry = async () => {
    setBusy(true);
    setError(null);
    try {
      await sendMessage('retryTranscription', { messageId });
    } catch (err) {
      setError(aiErrorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="rounded-md bg-rose-50 px-2 py-1.5 text-[11.5px] text-rose-800">
      <p data-testid="transcript-error">
        <span className="font-medium">{t.ai.transcript.failedTitle}.</span>{' '}
        {transcriptFailureText(transcript.error?.code)}
      </p>
      {transcript.retryAt !== null && (
        <p className="mt-0.5 text-rose-700/80">{t.ai.transcript.retryAt(clockTime(transcript.retryAt))}</p>
      )}
      {error && (
        <p role="alert" className="mt-0.5">
          {error}
        </p>
      )}
      <button
        type="button"
        data-testid="transcript-retry"
        disabled={busy}
        onClick={() => void retry()}
        className="mt-1 rounded px-1.5 py-0.5 font-medium text-rose-700 ring-1 ring-rose-300 hover:bg-rose-100 focus-visible:outline-2 focus-visible:outline-rose-500 disabled:opacity-60"
      >
        {busy ? t.ai.transcript.retrying : t.ai.transcript.retry}
      </button>
    </div>
  );
}
