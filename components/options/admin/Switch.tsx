// The administration's on/off switch (role="switch"), labelled by the text beside it.
interface Props {
  on: boolean;
  disabled: boolean;
  onToggle: () => void;
  labelledBy: string;
  describedBy?: string;
  testId?: string;
}

export function Switch({ on, disabled, onToggle, labelledBy, describedBy, testId }: Props) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      data-testid={testId}
      disabled={disabled}
      onClick={onToggle}
      className={`relative mt-0.5 inline-flex h-5 w-9 shrink-0 rounded-full transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:opacity-60 ${
        on ? 'bg-indigo-600' : 'bg-zinc-300'
      }`}
    >
      <span
        className={`absolute top-0.5 h-4 w-4 rounded-full bg-white shadow transition-transform ${on ? 'translate-x-4' : 'translate-x-0.5'}`}
      />
    </button>
  );
}
