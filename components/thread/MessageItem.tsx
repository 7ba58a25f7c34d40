import type { StoredMessage } from '@/utils/db';
import { clockTime } from '@/utils/format/time';
import { t } from '@/utils/i18n';
import { BotIcon } from '../bot/botIcons';
import { FormAnswersCard } from '../bot/FormAnswersCard';
import { InsertIcon } from '../common/icons';
import { DeliveryTicks } from './DeliveryTicks';
import { FailedNotice } from './FailedNotice';
import { RichText } from './RichText';
import { MessageMedia } from './media/MessageMedia';
import { TranscriptView } from './media/TranscriptView';

interface Props {
  message: StoredMessage;
  authorName?: string;
  onInsert: (text: string) => void;
  onRetry: (messageId: string) => void;
  /** Inside a run of messages from the same author: the name shows on the first, the time on the last. */
  showName?: boolean;
  showFooter?: boolean;
}

const BUBBLE = {
  customer: 'bg-white text-zinc-900 ring-1 ring-zinc-200 rounded-2xl rounded-bl-md',
  agent: 'bg-indigo-600 text-white rounded-2xl rounded-br-md',
  bot: 'bg-violet-50 text-violet-950 ring-1 ring-violet-200 rounded-2xl rounded-bl-md',
} as const;

export function MessageItem({ message: m, authorName, onInsert, onRetry, showName = true, showFooter = true }: Props) {
  const status = m.status ?? 'none';
  const common = {
    'data-testid': 'message',
    'data-message-id': m.id,
    'data-author': m.author,
    'data-status': status,
    'data-kind': m.kind,
  };

  if (m.author === 'system') {
    return (
      <div {...common} role="note" className="my-2 flex justify-center">
        <span
          data-testid="system-entry"
          className="max-w-[90%] rounded-full bg-zinc-100 px-3 py-1 text-center text-[11.5px] text-zinc-600"
        >
          {m.text}
        </span>
      </div>
    );
  }
  if (m.kind === 'unsupported') {
    return (
      <div {...common} className="my-1.5 flex justify-start">
        <span
          data-testid="unsupported-chip"
          className="rounded-lg border border-dashed border-zinc-300 bg-zinc-50 px-3 py-1.5 text-[12px] text-zinc-500"
        >
          {t.thread.unsupported(m.originalType ?? 'message')}
        </span>
      </div>
    );
  }

  const mine = m.author === 'agent';
  return (
    <div
      {...common}
      className={`group flex flex-col ${showName ? 'mt-1.5' : 'mt-1'} ${showFooter ? 'mb-1.5' : ''} ${mine ? 'items-end' : 'items-start'}`}
    >
      {m.author === 'bot' && showName && (
        <span
          data-testid="bot-label"
          className="mb-0.5 inline-flex items-center gap-1 px-1 text-[10.5px] font-medium uppercase tracking-wide text-violet-600"
        >
          <BotIcon width={12} height={12} />
          {t.authors.bot}
        </span>
      )}
      {mine && authorName && showName && <span className="mb-0.5 px-1 text-[10.5px] text-zinc-400">{authorName}</span>}
      <div className={`flex min-w-0 max-w-[85%] items-end gap-1 ${mine ? 'flex-row-reverse' : ''}`}>
        <div
          className={`min-w-0 whitespace-pre-wrap [overflow-wrap:anywhere] px-3 py-2 text-[13px] leading-snug ${BUBBLE[m.author]} ${m.status === 'failed' ? 'opacity-80' : ''}`}
        >
          <MessageMedia message={m} />
          {m.kind === 'audio' && <TranscriptView message={m} />}
          {m.kind === 'form' && m.form && <FormAnswersCard form={m.form} />}
          {m.text && (m.kind === 'text' || m.kind === 'template' || m.kind === 'image' || m.kind === 'document') && (
            <span className={m.media ? 'mt-1.5 block' : undefined}>
              <RichText text={m.text} tone={mine ? 'dark' : 'light'} />
            </span>
          )}
        </div>
        <button
          type="button"
          data-testid="insert-into-page"
          aria-label={t.thread.insert}
          title={t.thread.insert}
          // A voice note inserts its transcript.
          onClick={() => onInsert(m.text || m.transcript?.text || '')}
          className="mb-1 shrink-0 rounded p-1 text-zinc-400 opacity-0 transition-opacity group-hover:opacity-100 group-focus-within:opacity-100 hover:bg-zinc-100 hover:text-zinc-700 focus-visible:opacity-100 focus-visible:outline-2 focus-visible:outline-indigo-500"
        >
          <InsertIcon width={14} height={14} />
        </button>
      </div>
      {showFooter && (
        <div data-testid="message-footer" className="mt-0.5 flex items-center gap-1 px-1 text-[10.5px] text-zinc-500">
          <time dateTime={new Date(m.createdAt).toISOString()}>{clockTime(m.createdAt)}</time>
          {m.status && <DeliveryTicks status={m.status} />}
        </div>
      )}
      {m.status === 'held' && (
        <p data-testid="message-held" className="mt-1 max-w-[85%] px-1 text-[11.5px] text-amber-700">
          {t.thread.held}
        </p>
      )}
      {m.status === 'failed' && <FailedNotice message={m} onRetry={onRetry} />}
    </div>
  );
}
