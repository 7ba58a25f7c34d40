import { useEffect, useState } from 'react';
import type { MediaRef } from '@/core/model';
import { fetchMedia } from '@/utils/media/fetchMedia';

export type MediaUrlState = { state: 'loading' } | { state: 'ready'; url: string } | { state: 'failed' };

/** An object URL for a ready file, revoked when the message leaves the screen. */
export function useMediaUrl(media: MediaRef): MediaUrlState {
  // The fetched result and the file it belongs to: loading is derived, not stored.
  const [result, setResult] = useState<{ id: string; state: MediaUrlState } | null>(null);
  useEffect(() => {
    if (!media.ready) return;
    let url: string | null = null;
    let cancelled = false;
    fetchMedia(media.id).then(
      (blob) => {
        if (cancelled) return;
        url = URL.createObjectURL(blob);
        setResult({ id: media.id, state: { state: 'ready', url } });
      },
      () => !cancelled && setResult({ id: media.id, state: { state: 'failed' } }),
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [media.id, media.ready]);
  return media.ready && result?.id === media.id ? result.state : { state: 'loading' };
}
