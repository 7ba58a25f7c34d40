import { t } from '@/utils/i18n';

const TONES = {
  error: 'bg-rose-50 text-rose-800 ring-rose-200',
  warn: 'bg-amber-50 text-amber-900 ring-amber-200',
  info: 'bg-zinc-900 text-white ring-zinc-900',
} as const;

/** A one-line status strip under the header (offline, sync error) or a toast (info). */
export function Banner({
  tone,
  text,
  testId,
  onDismiss,
}: {
  tone: keyof typeof TONES;
  text: string;
  testId: string;
  onDismiss?: () => void;
}) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
      className={`flex items-start gap-2 px-3 py-2 text-[12px] leading-snug ring-1 ring-inset ${TONES[tone]}`}
    >
      <span className="min-w-0 flex-1">{text}</span>
      {onDismiss && (
        <button
          type="button"
          onClick={onDismiss}
          aria-label={t.banners.dismiss}
          className="shrink-0 rounded px-1 opacity-70 hover:opacity-100 focus-visible:outline-2 focus-visible:outline-current"
        >
          ×
        </button>
      )}
    </div>
  );
}
