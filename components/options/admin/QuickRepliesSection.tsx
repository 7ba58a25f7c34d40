// Quick replies: list, add, edit, delete. Agents receive them through sync; they ground suggestions.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { QuickReplyBody } from '@/core/api/ai';
import type { QuickReply } from '@/core/model';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { useDb } from '../../hooks/DbContext';
import { QuickReplyForm } from './QuickReplyForm';
import { ConfirmDelete, ErrorText, quietButton, RowList, SectionHeader } from './ui';
import { useAdminAction } from './useAdminAction';

function useQuickReplies() {
  const db = useDb();
  return useLiveQuery(
    () => db.quickReplies.toArray().then((all) => all.sort((a, b) => a.title.localeCompare(b.title))),
    [db],
  );
}

function QuickReplyRow({ quickReply: q }: { quickReply: QuickReply }) {
  const { run, busy, error } = useAdminAction();
  const [editing, setEditing] = useState(false);
  const save = async (body: QuickReplyBody) => {
    const ok = (await run(() => sendMessage('saveQuickReply', { id: q.id, body }))) !== undefined;
    if (ok) setEditing(false);
    return ok;
  };
  return (
    <li className="px-4 py-2.5" data-testid="quick-reply-row">
      {editing ? (
        <QuickReplyForm quickReply={q} busy={busy} onSave={save} onCancel={() => setEditing(false)} />
      ) : (
        <div className="flex items-start gap-3">
          <div className="min-w-0 flex-1">
            <p className="font-medium text-zinc-800">{q.title}</p>
            <p className="mt-0.5 line-clamp-3 whitespace-pre-wrap text-zinc-600">{q.text}</p>
            {q.tags.length > 0 && (
              <p className="mt-1 flex flex-wrap gap-1">
                {q.tags.map((tag) => (
                  <span key={tag} className="rounded bg-zinc-100 px-1.5 py-0.5 text-[11px] text-zinc-600">
                    {tag}
                  </span>
                ))}
              </p>
            )}
          </div>
          <button type="button" className={quietButton} onClick={() => setEditing(true)}>
            {t.admin.edit}
          </button>
          <ConfirmDelete
            label={q.title}
            testId="quick-reply-delete"
            onConfirm={() => void run(() => sendMessage('deleteQuickReply', { id: q.id }))}
          />
        </div>
      )}
      <ErrorText error={error} />
    </li>
  );
}

export function QuickRepliesSection() {
  const quickReplies = useQuickReplies();
  const { run, busy, error } = useAdminAction();
  const add = async (body: QuickReplyBody) => (await run(() => sendMessage('saveQuickReply', { body }))) !== undefined;
  return (
    <div className="max-w-2xl">
      <SectionHeader title={t.ai.quickReplies.title} hint={t.ai.quickReplies.hint} />
      <div className="mb-4 rounded-lg border border-dashed border-zinc-300 p-4">
        <QuickReplyForm busy={busy} onSave={add} />
        <ErrorText error={error} />
      </div>
      <RowList testId="quick-reply-list" empty={quickReplies?.length === 0}>
        {(quickReplies ?? []).map((q) => (
          <QuickReplyRow key={q.id} quickReply={q} />
        ))}
      </RowList>
    </div>
  );
}
