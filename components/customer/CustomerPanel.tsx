import type { Conversation } from '@/core/model';
import { t } from '@/utils/i18n';
import { CustomerDetails } from './CustomerDetails';
import { CustomerFields } from './CustomerFields';
import { CustomerTags } from './CustomerTags';
import { useContact, useFieldDefinitions, useTags } from './useCustomerData';

/**
 * Customer information beside the thread: over it in the narrow side panel, to its right from
 * 640 px. Esc (outside a field) closes it.
 */
export function CustomerPanel({ conversation, onClose }: { conversation: Conversation; onClose: () => void }) {
  const found = useContact(conversation.contactId);
  const tags = useTags();
  const fields = useFieldDefinitions();
  const contact = found?.contact;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- catches Esc bubbling from the panel's fields; the panel itself is not a control
    <aside
      data-testid="customer-panel"
      aria-label={t.customer.toggle}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
      className="absolute inset-0 z-10 flex flex-col overflow-y-auto bg-white sm:static sm:w-80 sm:shrink-0 sm:border-l sm:border-zinc-200"
    >
      {!contact || !tags || !fields ? (
        <p role="status" className="p-6 text-center text-[12.5px] text-zinc-500">
          {t.customer.notLoaded}
        </p>
      ) : (
        <>
          <CustomerDetails contact={contact} conversation={conversation} />
          <CustomerFields contact={contact} fields={fields} />
          <CustomerTags contact={contact} tags={tags} />
        </>
      )}
    </aside>
  );
}
