import { useMemo } from 'react';
import type { Conversation, Tag } from '@/core/model';
import { t } from '@/utils/i18n';
import { useTagFilter } from './tagFilterStore';
import { useTaggedContactIds, useTags } from './useCustomerData';

/**
 * The inbox's tag filter, applied before the inbox split so every tab and every count follows it.
 * A chosen tag that was deleted since counts as no filter.
 */
export function useInboxTagFilter(conversations: Conversation[] | undefined) {
  const [chosen, setChosen] = useTagFilter();
  const tags = useTags();
  const tagId = chosen !== null && tags?.some((tag) => tag.id === chosen) ? chosen : null;
  const tagged = useTaggedContactIds(tagId);
  const filtered = useMemo(
    () => (tagId === null ? conversations : tagged ? conversations?.filter((c) => tagged.has(c.contactId)) : undefined),
    [conversations, tagId, tagged],
  );
  return { conversations: filtered, control: { tags: tags ?? [], value: tagId, onChange: setChosen } };
}

/** A compact "All tags / <tag>" choice above the list; absent while the workspace has no tags. */
export function TagFilter({
  tags,
  value,
  onChange,
}: {
  tags: Tag[];
  value: string | null;
  onChange: (tagId: string | null) => void;
}) {
  if (tags.length === 0) return null;
  const current = tags.find((tag) => tag.id === value);
  return (
    <div className="flex shrink-0 items-center gap-2 border-b border-zinc-100 px-3 py-1.5">
      <span
        className="h-2.5 w-2.5 shrink-0 rounded-full border border-zinc-300"
        style={current ? { backgroundColor: current.color, borderColor: current.color } : undefined}
        aria-hidden
      />
      <select
        data-testid="tag-filter"
        aria-label={t.tagFilter.label}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        className={`max-w-full min-w-0 rounded-md border-0 bg-transparent py-0.5 text-[12px] outline-none hover:bg-zinc-50 focus-visible:ring-2 focus-visible:ring-indigo-500/40 ${
          current ? 'font-medium text-zinc-900' : 'text-zinc-500'
        }`}
      >
        <option value="">{t.tagFilter.all}</option>
        {tags.map((tag) => (
          <option key={tag.id} value={tag.id}>
            {tag.name}
          </option>
        ))}
      </select>
    </div>
  );
}
