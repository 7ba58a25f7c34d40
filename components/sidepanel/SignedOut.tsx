import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

export function SignedOut({ reason }: { reason?: string | null }) {
  return (
    <div data-testid="signed-out" className="flex flex-1 flex-col items-center justify-center gap-3 px-8 text-center">
      <img src="/icon/48.png" alt="" className="h-10 w-10 opacity-90" />
      <p className="text-sm font-semibold text-zinc-900">{t.signedOut.title}</p>
      <p className="text-[12.5px] leading-relaxed text-zinc-500">{reason ?? t.signedOut.body}</p>
      <button
        type="button"
        data-testid="sign-in-link"
        onClick={() => void browser.runtime.openOptionsPage()}
        className="mt-1 rounded-md bg-indigo-600 px-3.5 py-1.5 text-[13px] font-medium text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500"
      >
        {t.signedOut.action}
      </button>
    </div>
  );
}
