import { useState } from 'react';
import { t } from '@/utils/i18n';
import { buttonClass, Dialog } from '../../common/Dialog';

export function CloseDialog({
  type,
  onConfirm,
  onClose,
}: {
  type: 'positive' | 'negative';
  onConfirm: () => Promise<boolean>;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const s = t.lifecycle.actions;
  return (
    <Dialog title={s.confirmTitle(s[type])} testId="close-dialog" onClose={onClose}>
      <p className="mb-4 text-[12.5px] text-zinc-600">{s.confirmBody}</p>
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass.quiet} onClick={onClose}>
          {s.cancel}
        </button>
        <button
          type="button"
          data-autofocus
          data-testid="close-confirm"
          disabled={busy}
          className={type === 'negative' ? buttonClass.danger : buttonClass.primary}
          onClick={async () => {
            setBusy(true);
            const ok = await onConfirm();
            setBusy(false);
            if (ok) onClose();
          }}
        >
          {s.confirm}
        </button>
      </div>
    </Dialog>
  );
}
