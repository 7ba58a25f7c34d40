// Which information field a WhatsApp Flows answer fills: the field whose key is the answer's name,
// when the value fits the field's type (core's field-value rules). Pure: ingest writes the values
// with it, and a summary says with it which answers landed where.
import { checkFieldValue, parseFieldInput, type FieldValue } from '../../core/fieldValues';
import type { FieldDefinition, FlowForm, Message, Summary } from '../../core/model';

type Definition = Pick<FieldDefinition, 'key' | 'type' | 'choices'>;

/** The value to store for this answer, or null when no field takes it. */
export function fieldValueOf(definitions: Definition[], answer: FlowForm['answers'][number]): FieldValue | null {
  const definition = definitions.find((d) => d.key === answer.name);
  if (!definition) return null;
  const check = checkFieldValue(definition, parseFieldInput(definition, answer.value));
  return check.ok ? check.value : null;
}

/** Every answer of every form in the thread, in order; unknown or unfitting ones kept with no field. */
export function formAnswersOf(messages: Message[], definitions: Definition[]): Summary['formAnswers'] {
  return messages.flatMap((m) =>
    (m.form?.answers ?? []).map((answer) => ({
      name: answer.name,
      value: answer.value,
      fieldKey: fieldValueOf(definitions, answer) === null ? null : answer.name,
    })),
  );
}
