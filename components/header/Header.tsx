import type { ReactNode } from 'react';
import { browser } from 'wxt/browser';
import type { SyncStatus } from '@/utils/db';
import { t } from '@/utils/i18n';
import { SettingsIcon } from '../common/icons';
import { SyncPill } from './SyncPill';

/** Brand, sync state and settings; the layout switch and tabs come in as children. */
export function Header({
  status,
  detail,
  children,
}: {
  status: SyncStatus;
  detail?: string | null;
  children?: ReactNode;
}) {
  return (
    <header className="shrink-0 bg-white">
      <div className="flex items-center gap-2 px-3 pt-3 pb-2">
        <img src="/icon/32.png" alt="" className="h-5 w-5 shrink-0" />
        <h1
          className={`shrink-0 text-sm font-semibold tracking-tight text-zinc-900 ${status === 'live' ? '' : 'max-[400px]:sr-only'}`}
        >
          {t.appName}
        </h1>
        <SyncPill status={status} detail={detail} />
        {/* Narrow and not live, the name yields to the icon (the pill's words are longer) and the pill
            truncates, full text in its tooltip: the buttons always fit. */}
        <div className="ml-auto flex shrink-0 items-center gap-1">
          {children}
          <button
            type="button"
            aria-label={t.options.title}
            data-testid="open-settings"
            onClick={() => void browser.runtime.openOptionsPage()}
            className="shrink-0 rounded p-1 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-700 focus-visible:outline-2 focus-visible:outline-indigo-500"
          >
            <SettingsIcon />
          </button>
        </div>
      </div>
    </header>
  );
}
