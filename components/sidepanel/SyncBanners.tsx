import type { SyncStateRecord } from '@/utils/db';
import { t } from '@/utils/i18n';
import { errorWords } from '@/utils/i18n/errorWords';
import { OFFLINE_AFTER_FAILURES } from '@/utils/sync/classifyFailure';
import { Banner } from '../common/Banner';

/** Words for the sync status's last error, in the panel's language (the pill's tooltip). */
export function syncDetail(sync: SyncStateRecord | undefined): string | undefined {
  if (!sync || sync.status === 'live' || (!sync.lastErrorCode && !sync.lastError)) return undefined;
  return errorWords(sync.lastErrorCode);
}

/**
 * "You're offline" only when the browser is; "can't reach the Sidedesk server" when the browser is
 * online and the server has not answered a few times in a row; a sync error in words for a person.
 */
export function SyncBanners({ sync }: { sync: SyncStateRecord | undefined }) {
  if (!sync) return null;
  if (sync.status === 'offline') return <Banner tone="warn" testId="offline-banner" text={t.banners.offline} />;
  if (sync.status === 'reconnecting' && sync.failures >= OFFLINE_AFTER_FAILURES) {
    return <Banner tone="warn" testId="unreachable-banner" text={t.banners.unreachable} />;
  }
  if (sync.status === 'error' && (sync.lastErrorCode || sync.lastError)) {
    return <Banner tone="error" testId="sync-error-banner" text={errorWords(sync.lastErrorCode)} />;
  }
  return null;
}
