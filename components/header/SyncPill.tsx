import type { SyncStatus } from '@/utils/db';
import { t } from '@/utils/i18n';

const TONE: Record<SyncStatus, { dot: string; pill: string }> = {
  live: { dot: 'bg-emerald-500', pill: 'bg-emerald-50 text-emerald-700 ring-emerald-600/20' },
  connecting: { dot: 'bg-amber-400 animate-pulse', pill: 'bg-amber-50 text-amber-800 ring-amber-600/20' },
  reconnecting: { dot: 'bg-amber-400 animate-pulse', pill: 'bg-amber-50 text-amber-800 ring-amber-600/20' },
  offline: { dot: 'bg-zinc-400', pill: 'bg-zinc-100 text-zinc-700 ring-zinc-500/20' },
  error: { dot: 'bg-rose-500', pill: 'bg-rose-50 text-rose-700 ring-rose-600/20' },
  signed_out: { dot: 'bg-zinc-300', pill: 'bg-zinc-100 text-zinc-600 ring-zinc-500/20' },
};

export function SyncPill({ status, detail }: { status: SyncStatus; detail?: string | null }) {
  const tone = TONE[status];
  return (
    <span
      data-testid="sync-pill"
      data-status={status}
      role="status"
      title={detail ?? t.sync[status]}
      className={`inline-flex min-w-0 items-center gap-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-[11px] font-medium ring-1 ring-inset ${tone.pill}`}
    >
      <span className={`h-1.5 w-1.5 shrink-0 rounded-full ${tone.dot}`} aria-hidden />
      <span className="min-w-0 truncate">{t.sync[status]}</span>
    </span>
  );
}
