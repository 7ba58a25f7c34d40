import type { Message } from '@/core/model';
import { t } from '@/utils/i18n';

type Location = NonNullable<Message['location']>;

/** Name, address and coordinates; the map opens on OpenStreetMap in a new tab. */
export function LocationCard({ location }: { location: Location }) {
  const lat = location.latitude.toFixed(5);
  const lon = location.longitude.toFixed(5);
  const map = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  return (
    <div
      data-testid="location-card"
      className="w-56 max-w-full rounded-lg bg-white/90 p-2.5 text-zinc-900 ring-1 ring-zinc-200"
    >
      <p className="flex items-center gap-1.5 text-[10.5px] font-medium uppercase tracking-wide text-zinc-500">
        <svg viewBox="0 0 24 24" width={12} height={12} fill="currentColor" aria-hidden>
          <path d="M12 2a7 7 0 00-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 00-7-7zm0 9.5A2.5 2.5 0 1112 6a2.5 2.5 0 010 5.5z" />
        </svg>
        {t.media.location}
      </p>
      {location.name && <p className="mt-1 text-[13px] font-semibold leading-snug">{location.name}</p>}
      {location.address && <p className="text-[12px] leading-snug text-zinc-600">{location.address}</p>}
      <p className="mt-1 font-mono text-[11px] text-zinc-500">{t.media.coordinates(lat, lon)}</p>
      <a
        href={map}
        target="_blank"
        rel="noopener noreferrer"
        data-testid="location-map-link"
        className="mt-1.5 inline-block text-[12px] font-medium text-indigo-600 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500"
      >
        {t.media.openMap} ↗
      </a>
    </div>
  );
}
