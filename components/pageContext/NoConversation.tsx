import { useState } from 'react';
import { t } from '@/utils/i18n';
import { formatPhone } from '@/utils/pageContext/normalize';
import { describeError } from '../sidepanel/notice';
import { TemplatePicker } from '../thread/TemplatePicker';

/**
 * "No conversation with +57 300 1234567": for a phone number, the offer to start one with an
 * approved template on WhatsApp (the channel a number reaches); an email has no channel to write on.
 */
export function NoConversation({
  value,
  onStart,
}: {
  value: { kind: 'phone' | 'email'; value: string };
  onStart: (phone: string, templateId: string, params: string[]) => Promise<void>;
}) {
  const p = t.pageContext;
  const [error, setError] = useState<string | null>(null);
  const start = async (templateId: string, params: string[]) => {
    setError(null);
    try {
      await onStart(value.value, templateId, params);
    } catch (err) {
      setError(describeError(err));
      // The picker keeps its values for another try.
      throw err;
    }
  };
  if (value.kind === 'email')
    return (
      <div data-testid="no-conversation" className="flex-1 p-4">
        <h2 className="text-[14px] font-semibold text-zinc-900">{p.noCustomer(value.value)}</h2>
        <p className="mt-1 text-[12.5px] text-zinc-600">{p.emailNoChannel}</p>
      </div>
    );
  return (
    <div data-testid="no-conversation" className="min-h-0 flex-1 overflow-y-auto">
      <div className="p-4 pb-2">
        <h2 data-testid="no-conversation-title" className="text-[14px] font-semibold text-zinc-900">
          {p.noConversation(formatPhone(value.value))}
        </h2>
        <p className="mt-1 text-[12.5px] text-zinc-600">{p.noConversationHint}</p>
        {error && (
          <p role="alert" className="mt-2 text-[12.5px] text-rose-600">
            {error}
          </p>
        )}
      </div>
      <TemplatePicker reason={p.startOffer} onSend={start} />
    </div>
  );
}
