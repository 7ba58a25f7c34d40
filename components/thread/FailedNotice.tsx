// Under a reply that did not go out: why, and Retry. A reply that may have reached the customer
// (`uncertain`: Sidedesk lost track mid-send) asks the agent to check first, because a second
// copy would reach the customer's phone too.
import { useState } from 'react';
import { NOT_SENT, retryNeedsCheck } from '@/core/deliveryStatus';
import type { StoredMessage } from '@/utils/db';
import { t } from '@/utils/i18n';
import { errorWords } from '@/utils/i18n/errorWords';

const BUTTON = 'shrink-0 rounded px-1.5 py-0.5 font-medium ring-1 focus-visible:outline-2';
const ROSE = `${BUTTON} text-rose-700 ring-rose-300 hover:bg-rose-100 focus-visible:outline-rose-500`;
const AMBER = `${BUTTON} text-amber-900 ring-amber-300 hover:bg-amber-100 focus-visible:outline-amber-500`;

export function FailedNotice({ message, onRetry }: { message: StoredMessage; onRetry: (messageId: string) => void }) {
  const [checking, setChecking] = useState(false);
  const uncertain = retryNeedsCheck(message);
  const reason = uncertain
    ? t.thread.uncertain.reason
    : message.error?.code === NOT_SENT
      ? t.thread.notSent
      : errorWords(message.error?.code);

  if (checking) {
    return (
      <div
        data-testid="retry-check"
        role="alertdialog"
        aria-label={t.thread.uncertain.reason}
        className="mt-1 max-w-[85%] rounded-md bg-amber-50 px-2 py-1.5 text-[11.5px] text-amber-900 ring-1 ring-amber-200"
      >
        <p>{t.thread.uncertain.check}</p>
        <div className="mt-1.5 flex justify-end gap-2">
          <button type="button" data-testid="retry-cancel" onClick={() => setChecking(false)} className={AMBER}>
            {t.thread.uncertain.cancel}
          </button>
          <button
            type="button"
            data-testid="retry-confirm"
            onClick={() => {
              setChecking(false);
              onRetry(message.id);
            }}
            className={AMBER}
          >
            {t.thread.uncertain.confirm}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div
      data-testid="message-error"
      data-error-code={message.error?.code ?? ''}
      className={`mt-1 flex max-w-[85%] items-center gap-2 rounded-md px-2 py-1 text-[11.5px] ${uncertain ? 'bg-amber-50 text-amber-900' : 'bg-rose-50 text-rose-700'}`}
    >
      <span className="min-w-0 flex-1">
        {t.thread.failed}: {reason}
      </span>
      <button
        type="button"
        data-testid="retry-button"
        onClick={() => (uncertain ? setChecking(true) : onRetry(message.id))}
        className={uncertain ? AMBER : ROSE}
      >
        {t.thread.retry}
      </button>
    </div>
  );
}
