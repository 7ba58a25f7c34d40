import { useEffect, useState } from 'react';
import type { MediaRef } from '@/core/model';
import { fetchMedia } from '@/utils/media/fetchMedia';

export type MediaUrlState = { state: 'loading' } | { state: 'ready'; url: string } | { state: 'failed' };

/** An object URL for a ready file, revoked when the message leaves the screen. */
export function useMediaUrl(media: MediaRef): MediaUrlState {
  const [result, setResult] = useState<MediaUrlState>({ state: 'loading' });
  useEffect(() => {
    if (!media.ready) {
      setResult({ state: 'loading' });
      return;
    }
    let url: string | null = null;
    let cancelled = false;
    fetchMedia(media.id).then(
      (blob) => {
        if (cancelled) return;
        url = URL.createObjectURL(blob);
        setResult({ state: 'ready', url });
      },
      () => !cancelled && setResult({ state: 'failed' }),
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [media.id, media.ready]);
  return result;
}
