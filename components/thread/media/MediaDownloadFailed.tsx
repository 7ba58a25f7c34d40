// A customer's file the server could not download: said plainly, with Retry, instead of
// "downloading…" forever; while the server's own attempts go on, it says that too.
import { useState } from 'react';
import type { MediaRef } from '@/core/model';
import { t } from '@/utils/i18n';
import { errorCodeOf, errorWords } from '@/utils/i18n/errorWords';
import { sendMessage } from '@/utils/messaging/protocol';

export function MediaDownloadFailed({ media }: { media: MediaRef }) {
  // Which failure the click answered: a new one (synced later) offers Retry again.
  const [asked, setAsked] = useState<{ id: string; failure: MediaRef['failure']; error: string | null } | null>(null);
  const busy = asked?.id === media.id && asked.failure === media.failure && asked.error === null;
  const error = asked?.id === media.id && asked.failure === media.failure ? asked.error : null;
  const retry = () => {
    setAsked({ id: media.id, failure: media.failure, error: null });
    sendMessage('retryMedia', { mediaId: media.id }).catch((err: unknown) =>
      setAsked({ id: media.id, failure: media.failure, error: errorWords(errorCodeOf(err)) }),
    );
  };
  return (
    <div
      data-testid="media-download-failed"
      data-failure={media.failure ?? ''}
      role="status"
      className="w-56 max-w-full rounded-lg bg-rose-50 px-3 py-2 text-[12px] text-rose-700 ring-1 ring-rose-200"
    >
      <p className="font-medium">{t.media.couldNotDownload}</p>
      {media.failure === 'retrying' && <p className="mt-0.5 text-rose-600">{t.media.stillTrying}</p>}
      {error && <p className="mt-0.5">{error}</p>}
      <button
        type="button"
        data-testid="media-retry"
        disabled={busy}
        onClick={retry}
        className="mt-1.5 rounded px-1.5 py-0.5 font-medium ring-1 ring-rose-300 hover:bg-rose-100 focus-visible:outline-2 focus-visible:outline-rose-500 disabled:opacity-60"
      >
        {busy ? t.media.retrying : t.media.retry}
      </button>
    </div>
  );
}
