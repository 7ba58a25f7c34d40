import type { LocalDeliveryStatus } from '@/utils/db';
import { t } from '@/utils/i18n';
import { AlertIcon, CheckIcon, ClockIcon, DoubleCheckIcon } from '../common/icons';

/** Clock while on its way (amber while held behind a refused reply), ✓ sent, ✓✓ delivered, blue ✓✓ read, red ! failed. */
export function DeliveryTicks({ status }: { status: LocalDeliveryStatus }) {
  const label = t.thread.status[status];
  const common = { width: 14, height: 14, role: 'img' as const, 'aria-label': label, 'aria-hidden': false };
  switch (status) {
    case 'sending':
    case 'pending':
      return <ClockIcon {...common} className="text-zinc-400" />;
    case 'sent':
      return <CheckIcon {...common} className="text-zinc-400" />;
    case 'delivered':
      return <DoubleCheckIcon {...common} width={17} className="text-zinc-400" />;
    case 'read':
      return <DoubleCheckIcon {...common} width={17} className="text-sky-500" />;
    case 'held':
      return <ClockIcon {...common} className="text-amber-500" />;
    case 'failed':
      return <AlertIcon {...common} className="text-rose-500" />;
  }
}
