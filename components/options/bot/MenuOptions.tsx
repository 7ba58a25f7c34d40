// A menu step: its text and options, each with a title and the step it leads to. WhatsApp sends
// up to 3 as reply buttons and more (up to 10) as a list; the editor says which it will be.
import { MENU_BUTTON_TITLE_MAX, MENU_BUTTONS_MAX, MENU_OPTIONS_MAX, MENU_ROW_TITLE_MAX } from '@/core/bot/flow';
import { freshId } from '@/utils/bot/flowDraft';
import { t } from '@/utils/i18n';
import { inputClass, labelClass, quietButton } from '../admin/ui';
import { NextPicker, StepText, type KindProps } from './StepFields';

export function MenuOptions({ step, prefix, flow, onChange }: KindProps<'menu'>) {
  const b = t.bot.admin;
  const asList = step.options.length > MENU_BUTTONS_MAX;
  const titleMax = asList ? MENU_ROW_TITLE_MAX : MENU_BUTTON_TITLE_MAX;
  const setOption = (i: number, patch: Partial<(typeof step.options)[number]>) =>
    onChange({ ...step, options: step.options.map((o, j) => (j === i ? { ...o, ...patch } : o)) });
  return (
    <div className="grid gap-3">
      <StepText step={step} prefix={prefix} onChange={onChange} />
      <fieldset>
        <legend className={labelClass}>{b.options}</legend>
        <ul className="space-y-2" data-testid="bot-menu-options">
          {step.options.map((option, i) => (
            <li
              key={i}
              className="grid grid-cols-1 items-end gap-2 rounded-md bg-zinc-50 p-2 sm:grid-cols-[1fr_1fr_auto]"
            >
              <div>
                <label htmlFor={`${prefix}-option-${i}`} className={labelClass}>
                  {b.optionTitle} {i + 1}
                </label>
                <input
                  id={`${prefix}-option-${i}`}
                  data-testid="bot-option-title"
                  className={inputClass}
                  maxLength={MENU_ROW_TITLE_MAX}
                  value={option.title}
                  onChange={(e) => setOption(i, { title: e.target.value })}
                />
                {option.title.length > titleMax && (
                  <p className="mt-0.5 text-[11.5px] text-amber-700">
                    {option.title.length}/{titleMax}
                  </p>
                )}
              </div>
              <NextPicker
                id={`${prefix}-option-${i}-next`}
                flow={flow}
                self={step.id}
                value={option.next}
                onChange={(next) => setOption(i, { next })}
              />
              <button
                type="button"
                className={`${quietButton} justify-self-end text-rose-700`}
                aria-label={b.removeOption(option.title)}
                disabled={step.options.length === 1}
                onClick={() => onChange({ ...step, options: step.options.filter((_, j) => j !== i) })}
              >
                {b.remove}
              </button>
            </li>
          ))}
        </ul>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <button
            type="button"
            data-testid="bot-add-option"
            className={quietButton}
            disabled={step.options.length >= MENU_OPTIONS_MAX}
            onClick={() =>
              onChange({
                ...step,
                options: [
                  ...step.options,
                  { id: freshId(flow, step.id), title: `${b.optionTitle} ${step.options.length + 1}`, next: null },
                ],
              })
            }
          >
            + {b.addOption}
          </button>
          {asList && <span className="text-[12px] text-zinc-500">{b.menuAsList(step.options.length)}</span>}
        </div>
      </fieldset>
    </div>
  );
}
