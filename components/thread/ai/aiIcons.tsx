// The AI controls' small icons and the working spinner. Decorative: callers label the control.
import type { SVGProps } from 'react';
import { iconBase } from '../../common/icons';

// The shared icon props, a size smaller: these sit inside 12–13 px controls.
const base = { ...iconBase, width: 14, height: 14 };

export const SparkleIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base} {...p}>
    <path d="M12 3l1.8 5.2L19 10l-5.2 1.8L12 17l-1.8-5.2L5 10l5.2-1.8zM19 15l.8 2.2L22 18l-2.2.8L19 21l-.8-2.2L16 18l2.2-.8z" />
  </svg>
);

export const RefreshIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base} {...p}>
    <path d="M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7" />
  </svg>
);

export const CloseIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...base} {...p}>
    <path d="M6 6l12 12M18 6L6 18" />
  </svg>
);

/** The "working" affordance beside "Thinking…" / "Transcribing…". */
export function Spinner({ className = 'border-zinc-300 border-t-zinc-600' }: { className?: string }) {
  return (
    <span aria-hidden className={`inline-block h-3 w-3 shrink-0 animate-spin rounded-full border-2 ${className}`} />
  );
}
