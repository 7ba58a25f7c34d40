import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A small modal over the panel: focus moves in, Esc or a click beside it closes (Esc does not reach
 * the panel's shortcuts), focus returns to what opened it.
 */
export function Dialog({
  title,
  testId,
  onClose,
  titleEnd,
  children,
}: {
  title: string;
  testId: string;
  onClose: () => void;
  /** Beside the title, e.g. a close button. */
  titleEnd?: ReactNode;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('[data-autofocus], select, textarea, button')?.focus();
    return () => opener?.focus?.();
  }, []);
  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- a backdrop click is the mouse twin of Esc, which the dialog handles
    <div
      className="fixed inset-0 z-20 flex items-end justify-center bg-zinc-900/30 p-3 sm:items-center"
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- catches Esc bubbling from the dialog's controls (WAI-ARIA dialog pattern) */}
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
        className="max-h-full w-full max-w-sm overflow-y-auto rounded-xl bg-white p-4 shadow-xl ring-1 ring-zinc-200"
      >
        <div className="mb-2 flex items-center">
          <h2 className="text-[14px] font-semibold text-zinc-900">{title}</h2>
          {titleEnd}
        </div>
        {children}
      </div>
    </div>
  );
}

export const buttonClass = {
  primary:
    'rounded-md bg-indigo-600 px-3 py-1.5 text-[12.5px] font-medium text-white hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:opacity-50',
  danger:
    'rounded-md bg-rose-600 px-3 py-1.5 text-[12.5px] font-medium text-white hover:bg-rose-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-rose-500 disabled:opacity-50',
  quiet:
    'rounded-md px-3 py-1.5 text-[12.5px] font-medium text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-500',
};
