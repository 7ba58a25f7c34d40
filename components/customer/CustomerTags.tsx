import { useState } from 'react';
import type { Contact, Tag } from '@/core/model';
import { sendMessage } from '@/utils/messaging/protocol';
import { t } from '@/utils/i18n';
import { describeError } from '../sidepanel/notice';
import { TagChip } from './TagChip';
import { TagPicker } from './TagPicker';

/** The customer's tags as coloured chips: × takes one off, the picker adds one. */
export function CustomerTags({ contact, tags }: { contact: Contact; tags: Tag[] }) {
  const [error, setError] = useState<string | null>(null);
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  // A tag deleted by an admin may linger on the customer until the next sync: show only live ones.
  const carried = contact.tagIds.map((id) => byId.get(id)).filter((tag): tag is Tag => tag !== undefined);
  const available = tags.filter((tag) => !contact.tagIds.includes(tag.id));

  const set = (tag: Tag, on: boolean) => {
    setError(null);
    sendMessage('setContactTag', { contactId: contact.id, tagId: tag.id, on }).catch((err) =>
      setError(describeError(err)),
    );
  };
  return (
    <section aria-labelledby="customer-tags-title" className="border-b border-zinc-100 px-3 py-2.5">
      <h4 id="customer-tags-title" className="mb-1.5 text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">
        {t.customer.tags}
      </h4>
      <div data-testid="customer-tags" className="flex flex-wrap items-center gap-1.5">
        {carried.length === 0 && <span className="text-[12px] text-zinc-500">{t.customer.noTags}</span>}
        {carried.map((tag) => (
          <TagChip key={tag.id} tag={tag} onRemove={() => set(tag, false)} />
        ))}
        <TagPicker available={available} onPick={(tag) => set(tag, true)} />
      </div>
      {error && (
        <p role="alert" data-testid="tags-error" className="pt-1 text-[11.5px] text-red-600">
          {error}
        </p>
      )}
    </section>
  );
}
