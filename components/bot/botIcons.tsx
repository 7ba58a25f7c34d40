// The bot's small icons. Decorative: callers label the control.
import type { SVGProps } from 'react';
import { iconBase } from '../common/icons';

export const BotIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...iconBase} {...p}>
    <rect x="4" y="8" width="16" height="12" rx="3" />
    <path d="M12 4v4M9 13h.01M15 13h.01M9.5 17h5" />
  </svg>
);

export const HandoverIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...iconBase} {...p}>
    <path d="M5 12h12M13 8l4 4-4 4" />
    <circle cx="20" cy="12" r="1" />
  </svg>
);

export const PersonIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg {...iconBase} {...p}>
    <circle cx="12" cy="8" r="4" />
    <path d="M4 21a8 8 0 0 1 16 0" />
  </svg>
);
