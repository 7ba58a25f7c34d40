import type { FieldValue } from '@/core/fieldValues';
import type { Contact, FieldDefinition } from '@/core/model';
import { sendMessage } from '@/utils/messaging/protocol';
import { t } from '@/utils/i18n';
import { describeError } from '../sidepanel/notice';
import { FieldEditor } from './FieldEditor';

/** The admin's information fields, each editable in place. */
export function CustomerFields({ contact, fields }: { contact: Contact; fields: FieldDefinition[] }) {
  const save = async (key: string, value: FieldValue | null): Promise<string | null> => {
    try {
      await sendMessage('setContactFields', { contactId: contact.id, values: { [key]: value } });
      return null;
    } catch (err) {
      return describeError(err);
    }
  };
  return (
    <section aria-labelledby="customer-fields-title" className="border-b border-zinc-100 px-3 py-2.5">
      <h4 id="customer-fields-title" className="mb-1 text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">
        {t.customer.fields}
      </h4>
      {fields.length === 0 && <p className="text-[12px] text-zinc-500">{t.customer.noFields}</p>}
      {fields.map((field) => (
        <FieldEditor
          key={field.id}
          field={field}
          stored={contact.fields[field.key]}
          onSave={(value) => save(field.key, value)}
        />
      ))}
    </section>
  );
}
