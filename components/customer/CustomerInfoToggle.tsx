import { t } from '@/utils/i18n';

/** The thread header's button that shows or hides customer information. */
export function CustomerInfoToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      data-testid="customer-toggle"
      aria-pressed={open}
      aria-label={open ? t.customer.close : t.customer.toggle}
      title={open ? t.customer.close : t.customer.toggle}
      onClick={onToggle}
      className={`rounded-md p-1.5 focus-visible:outline-2 focus-visible:outline-indigo-500 ${
        open ? 'bg-indigo-50 text-indigo-700' : 'text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900'
      }`}
    >
      <svg
        viewBox="0 0 24 24"
        className="h-[18px] w-[18px]"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden
      >
        <circle cx="12" cy="8" r="3.5" />
        <path d="M5 20c.8-3.6 3.6-5.5 7-5.5s6.2 1.9 7 5.5" />
      </svg>
    </button>
  );
}
