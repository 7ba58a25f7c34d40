import type { MediaRef, Message } from '@/core/model';
import { t } from '@/utils/i18n';
import { LocationCard } from './LocationCard';
import { MediaDownloadFailed } from './MediaDownloadFailed';
import { useMediaUrl } from './useMediaUrl';

/** The photo, player, file chip or location card of a message; null for plain text. */
export function MessageMedia({ message: m }: { message: Pick<Message, 'kind' | 'media' | 'location'> }) {
  if (m.kind === 'location' && m.location) return <LocationCard location={m.location} />;
  if ((m.kind === 'image' || m.kind === 'audio' || m.kind === 'document') && m.media)
    return <MediaFile kind={m.kind} media={m.media} />;
  return null;
}

function MediaFile({ kind, media }: { kind: 'image' | 'audio' | 'document'; media: MediaRef }) {
  const file = useMediaUrl(media);
  const testState = { 'data-media-state': file.state };
  if (!media.ready && media.failure) return <MediaDownloadFailed media={media} />;
  if (file.state === 'loading') {
    return (
      <div
        {...testState}
        data-testid="media-loading"
        role="status"
        className="flex h-16 w-48 items-center gap-2 rounded-lg bg-zinc-100 px-3 text-[12px] text-zinc-500"
      >
        <span
          className="h-3.5 w-3.5 animate-spin rounded-full border-2 border-zinc-300 border-t-zinc-500"
          aria-hidden
        />
        {t.media.loading[kind]}
      </div>
    );
  }
  if (file.state === 'failed') {
    return (
      <div
        {...testState}
        data-testid="media-failed"
        className="rounded-lg bg-rose-50 px-3 py-2 text-[12px] text-rose-700"
      >
        {t.media.failed}
      </div>
    );
  }
  if (kind === 'image') {
    return (
      <a
        href={file.url}
        target="_blank"
        rel="noopener noreferrer"
        title={t.media.openPhoto}
        className="block focus-visible:outline-2 focus-visible:outline-indigo-500"
      >
        <img
          {...testState}
          data-testid="media-image"
          src={file.url}
          alt={t.media.photo}
          className="max-h-48 max-w-full rounded-lg object-cover"
        />
      </a>
    );
  }
  if (kind === 'audio') {
    return (
      <figure {...testState} data-testid="media-audio" className="m-0">
        <figcaption className="mb-1 text-[11px] opacity-80">
          {media.voice ? t.media.voiceNote : t.media.audio}
        </figcaption>
        {/* eslint-disable-next-line jsx-a11y/media-has-caption -- customers' audio and voice notes arrive without captions; the figcaption names it */}
        <audio controls preload="metadata" src={file.url} className="h-9 w-56 max-w-full" />
      </figure>
    );
  }
  const name = media.filename ?? t.media.file;
  return (
    <a
      {...testState}
      data-testid="media-document"
      href={file.url}
      download={name}
      aria-label={t.media.download(name)}
      className="flex w-56 max-w-full items-center gap-2 rounded-lg bg-white/90 px-2.5 py-2 text-zinc-900 ring-1 ring-zinc-200 hover:bg-white focus-visible:outline-2 focus-visible:outline-indigo-500"
    >
      <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded bg-indigo-50 text-[10px] font-bold uppercase text-indigo-700">
        {name.includes('.') ? name.split('.').pop()!.slice(0, 4) : '📄'}
      </span>
      <span className="min-w-0 flex-1 truncate text-[12.5px] font-medium">{name}</span>
      <svg
        viewBox="0 0 24 24"
        width={16}
        height={16}
        fill="currentColor"
        className="shrink-0 text-zinc-500"
        aria-hidden
      >
        <path d="M12 3v10.6l3.3-3.3 1.4 1.4L12 16.4l-4.7-4.7 1.4-1.4 3.3 3.3V3h2zM5 19h14v2H5z" />
      </svg>
    </a>
  );
}
