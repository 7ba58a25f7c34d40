import type { Contact, Conversation } from '@/core/model';
import { activeLocale, t } from '@/utils/i18n';
import { ChannelMark } from '../common/ChannelMark';

const when = (at: number) =>
  new Intl.DateTimeFormat(activeLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);

/** The read-only part: who the customer is, where they write from, since when. */
export function CustomerDetails({ contact, conversation }: { contact: Contact; conversation: Conversation }) {
  const rows: [string, string, string][] = [
    contact.phone
      ? ['phone', t.customer.phone, `+${contact.phone.replace(/^\+/, '')}`]
      : ['handle', t.customer.handle, contact.externalId],
    ['first-contact', t.customer.firstContact, when(contact.firstContactAt)],
    ['conversation-start', t.customer.conversationStart, when(conversation.createdAt)],
  ];
  return (
    <section aria-label={t.customer.title} className="border-b border-zinc-100 px-3 pt-3 pb-2">
      <h3 data-testid="customer-name" className="truncate text-[14px] font-semibold text-zinc-900">
        {contact.name}
      </h3>
      <p data-testid="customer-channel" className="flex items-center gap-1 text-[11.5px] text-zinc-500">
        <ChannelMark channel={contact.channel} className="h-3.5 w-3.5 ring-0" />
        {t.channels[contact.channel]}
      </p>
      <dl className="mt-2 grid grid-cols-[6.5rem_1fr] gap-x-2 gap-y-0.5 text-[12px]">
        {rows.map(([key, label, value]) => (
          <div key={key} className="contents">
            <dt className="py-0.5 text-zinc-500">{label}</dt>
            <dd
              data-testid={`customer-${key}`}
              className="truncate py-0.5 px-1.5 text-zinc-800 tabular-nums"
              title={value}
            >
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
