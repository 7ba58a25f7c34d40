// Whether a customer's text plainly answers the step the bot waits at: one of a menu's options
// ("2", "Orders") or a value of the number, date or choice field a question fills. Such a text
// answers; it does not ask for a person, so the chat model need not classify it (a call and the
// customer's wait for it saved). Free text (a text field) can be anything: never plainly an answer.
import type { FieldDefinition } from '../model';
import type { Flow } from './flow';
import { parseAnswer, pickByText } from './parseAnswer';

type Definition = Pick<FieldDefinition, 'key' | 'type' | 'choices'>;

export function plainlyAnswers(
  flow: Flow,
  stepId: string | null,
  text: string,
  fields: readonly Definition[],
): boolean {
  const step = flow.steps.find((s) => s.id === stepId);
  if (step?.kind === 'menu')
    return (
      pickByText(
        step.options.map((o) => o.title),
        text,
      ) !== null
    );
  if (step?.kind !== 'question') return false;
  const field = fields.find((f) => f.key === step.fieldKey);
  return field !== undefined && field.type !== 'text' && parseAnswer(field, text) !== null;
}
