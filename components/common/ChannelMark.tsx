import type { Channel } from '@/core/model';

const STYLE: Record<Channel, { bg: string; path: string }> = {
  whatsapp: { bg: 'bg-emerald-500', path: 'M12 3a9 9 0 00-7.8 13.5L3 21l4.6-1.2A9 9 0 1012 3z' },
  // Messenger's blue-to-violet bubble with its lightning bolt; Instagram's warm gradient camera.
  messenger: {
    bg: 'bg-gradient-to-br from-sky-500 via-blue-600 to-violet-500',
    path: 'M12 3C7 3 3 6.7 3 11.3c0 2.6 1.3 4.9 3.3 6.4V21l3-1.7c.9.3 1.8.4 2.7.4 5 0 9-3.7 9-8.4S17 3 12 3zm1 11l-2.5-2.6L6 14l5-5.3 2.6 2.6L18 9l-5 5z',
  },
  instagram: {
    bg: 'bg-gradient-to-tr from-amber-400 via-pink-500 to-purple-600',
    path: 'M7 3h10a4 4 0 014 4v10a4 4 0 01-4 4H7a4 4 0 01-4-4V7a4 4 0 014-4zm5 5a4 4 0 100 8 4 4 0 000-8zm5.5-2a1 1 0 100 2 1 1 0 000-2z',
  },
};

/** The channel's colour and glyph, small; the name is given to assistive tech by the caller. */
export function ChannelMark({ channel, className = '' }: { channel: Channel; className?: string }) {
  const s = STYLE[channel];
  return (
    <span
      data-testid="channel-mark"
      data-channel={channel}
      className={`inline-flex items-center justify-center ${channel === 'instagram' ? 'rounded-[30%]' : 'rounded-full'} text-white ring-2 ring-white ${s.bg} ${className}`}
      aria-hidden
    >
      <svg viewBox="0 0 24 24" className="h-[70%] w-[70%]" fill="currentColor">
        <path d={s.path} fillRule="evenodd" />
      </svg>
    </span>
  );
}
