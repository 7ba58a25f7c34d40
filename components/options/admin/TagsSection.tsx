// Tags: add, rename, recolour, delete (with a confirm). Every agent receives the list through sync.
import { useState, type FormEvent } from 'react';
import type { Tag } from '@/core/model';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import {
  ConfirmDelete,
  ErrorText,
  inputClass,
  labelClass,
  primaryButton,
  quietButton,
  RowList,
  SectionHeader,
} from './ui';
import { useAdminAction } from './useAdminAction';
import { useTags } from './useCatalog';

const DEFAULT_COLOR = '#4f46e5';

function Swatch({ value, label, onChange }: { value: string; label: string; onChange: (color: string) => void }) {
  return (
    <label
      className="relative inline-flex h-6 w-6 shrink-0 cursor-pointer rounded-full ring-1 ring-black/10 focus-within:ring-2 focus-within:ring-indigo-500"
      style={{ background: value }}
    >
      <span className="sr-only">{label}</span>
      <input
        type="color"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="absolute inset-0 cursor-pointer opacity-0"
      />
    </label>
  );
}

function TagRow({ tag }: { tag: Tag }) {
  const { run, busy, error } = useAdminAction();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(tag.name);
  const rename = async (e: FormEvent) => {
    e.preventDefault();
    if (await run(() => sendMessage('updateTag', { tagId: tag.id, patch: { name } }))) setEditing(false);
  };
  return (
    <li className="px-4 py-2.5" data-testid="tag-row">
      <div className="flex items-center gap-3">
        <Swatch
          value={tag.color}
          label={t.admin.tags.colorOf(tag.name)}
          onChange={(color) => void run(() => sendMessage('updateTag', { tagId: tag.id, patch: { color } }))}
        />
        {editing ? (
          <form onSubmit={rename} className="flex flex-1 items-center gap-2">
            <input
              aria-label={t.admin.tags.name}
              className={`${inputClass} max-w-xs`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the admin just pressed Edit; the name field replaces the label in place
              autoFocus
              required
            />
            <button type="submit" className={primaryButton} disabled={busy}>
              {t.admin.save}
            </button>
            <button type="button" className={quietButton} onClick={() => (setEditing(false), setName(tag.name))}>
              {t.admin.cancel}
            </button>
          </form>
        ) : (
          <>
            <span className="flex-1 font-medium text-zinc-800">{tag.name}</span>
            <button type="button" className={quietButton} onClick={() => setEditing(true)}>
              {t.admin.edit}
            </button>
            <ConfirmDelete
              label={tag.name}
              onConfirm={() => void run(() => sendMessage('deleteTag', { tagId: tag.id }))}
            />
          </>
        )}
      </div>
      <ErrorText error={error} />
    </li>
  );
}

export function TagsSection() {
  const tags = useTags();
  const { run, busy, error } = useAdminAction();
  const [name, setName] = useState('');
  const [color, setColor] = useState(DEFAULT_COLOR);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (await run(() => sendMessage('createTag', { name: name.trim(), color }))) setName('');
  };
  return (
    <div>
      <SectionHeader title={t.admin.tags.title} hint={t.admin.tags.hint} />
      <form onSubmit={add} className="mb-4 flex items-end gap-3">
        <div className="w-72">
          <label htmlFor="new-tag-name" className={labelClass}>
            {t.admin.tags.name}
          </label>
          <input
            id="new-tag-name"
            data-testid="new-tag-name"
            className={inputClass}
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={40}
          />
        </div>
        <div>
          <span className={labelClass}>{t.admin.tags.color}</span>
          <div className="flex h-[34px] items-center">
            <Swatch value={color} label={t.admin.tags.color} onChange={setColor} />
          </div>
        </div>
        <button type="submit" data-testid="add-tag" className={primaryButton} disabled={busy}>
          {t.admin.tags.add}
        </button>
      </form>
      <ErrorText error={error} />
      <RowList testId="tag-list" empty={tags?.length === 0}>
        {(tags ?? []).map((tag) => (
          <TagRow key={tag.id} tag={tag} />
        ))}
      </RowList>
    </div>
  );
}
