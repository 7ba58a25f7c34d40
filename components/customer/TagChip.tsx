import type { Tag } from '@/core/model';
import { t } from '@/utils/i18n';

/** Readable text on the tag's colour: dark on light colours, white on dark ones. */
function textOn(color: string): string {
  const n = Number.parseInt(color.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 160 ? '#18181b' : '#ffffff';
}

export function TagChip({ tag, onRemove }: { tag: Tag; onRemove?: () => void }) {
  return (
    <span
      data-testid="tag-chip"
      data-tag={tag.name}
      className="inline-flex max-w-full items-center gap-0.5 rounded-full py-0.5 pr-1 pl-2 text-[11.5px] leading-4 font-medium"
      style={{ backgroundColor: tag.color, color: textOn(tag.color) }}
    >
      <span className="truncate">{tag.name}</span>
      {onRemove ? (
        <button
          type="button"
          data-testid="tag-remove"
          aria-label={t.customer.removeTag(tag.name)}
          onClick={onRemove}
          className="ml-0.5 rounded-full px-1 leading-4 opacity-75 hover:opacity-100 focus-visible:outline-2 focus-visible:outline-indigo-500"
        >
          ×
        </button>
      ) : (
        <span className="w-1" />
      )}
    </span>
  );
}
