// Add or edit one quick reply: title, text and optional comma-separated tags.
import { useState, type FormEvent } from 'react';
import type { QuickReplyBody } from '@/core/api/ai';
import type { QuickReply } from '@/core/model';
import { parseTags } from '@/utils/admin/parseTags';
import { t } from '@/utils/i18n';
import { inputClass, labelClass, primaryButton, quietButton } from './ui';

interface Props {
  quickReply?: QuickReply;
  busy: boolean;
  /** Resolves true when saved (the form then clears or closes). */
  onSave: (body: QuickReplyBody) => Promise<boolean>;
  onCancel?: () => void;
}

export function QuickReplyForm({ quickReply, busy, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(quickReply?.title ?? '');
  const [text, setText] = useState(quickReply?.text ?? '');
  const [tags, setTags] = useState(quickReply?.tags.join(', ') ?? '');
  const prefix = quickReply ? `qr-${quickReply.id}` : 'qr-new';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await onSave({ title: title.trim(), text: text.trim(), tags: parseTags(tags) });
    if (ok && !quickReply) {
      setTitle('');
      setText('');
      setTags('');
    }
  };
  return (
    <form onSubmit={submit} data-testid="quick-reply-form" className="space-y-3">
      <div>
        <label htmlFor={`${prefix}-title`} className={labelClass}>
          {t.ai.quickReplies.name}
        </label>
        <input
          id={`${prefix}-title`}
          data-testid="quick-reply-title"
          className={inputClass}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={80}
        />
      </div>
      <div>
        <label htmlFor={`${prefix}-text`} className={labelClass}>
          {t.ai.quickReplies.text}
        </label>
        <textarea
          id={`${prefix}-text`}
          data-testid="quick-reply-text"
          className={`${inputClass} resize-y`}
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          required
          maxLength={4096}
        />
      </div>
      <div>
        <label htmlFor={`${prefix}-tags`} className={labelClass}>
          {t.ai.quickReplies.tags}
        </label>
        <input
          id={`${prefix}-tags`}
          data-testid="quick-reply-tags"
          aria-describedby={`${prefix}-tags-hint`}
          className={inputClass}
          value={tags}
          onChange={(e) => setTags(e.target.value)}
        />
        <p id={`${prefix}-tags-hint`} className="mt-1 text-[12px] text-zinc-500">
          {t.ai.quickReplies.tagsHint}
        </p>
      </div>
      <div className="flex gap-2">
        <button type="submit" data-testid="quick-reply-save" className={primaryButton} disabled={busy}>
          {quickReply ? t.admin.save : t.ai.quickReplies.add}
        </button>
        {onCancel && (
          <button type="button" className={quietButton} onClick={onCancel}>
            {t.admin.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
