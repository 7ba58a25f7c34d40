interface Props {
  id: string;
  label: string;
  type: 'url' | 'email' | 'password' | 'text';
  value: string;
  onChange: (value: string) => void;
  autoComplete?: string;
}

export function Field({ id, label, type, value, onChange, autoComplete }: Props) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-[12.5px] font-medium text-zinc-700">
        {label}
      </label>
      <input
        id={id}
        name={id}
        data-testid={id}
        type={type}
        required
        value={value}
        autoComplete={autoComplete}
        onChange={(e) => onChange(e.target.value)}
        className="block w-full rounded-md border border-zinc-300 px-3 py-2 text-[13px] shadow-sm placeholder:text-zinc-400 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30"
      />
    </div>
  );
}
