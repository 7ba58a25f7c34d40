// Inside the webhook's transaction: a submitted form's answers land in the customer's information
// fields (by key, when the value fits); the customer is then a change every viewer receives.
import type { FlowForm } from '../../core/model';
import type { ChangeSet } from '../store/createStore';
import type { Queryable } from '../store/db';
import { listFields, writeContactFieldValues } from '../store/repos/fieldDefinitions';
import { fieldValueOf } from './flowAnswers';

export async function applyFlowAnswers(
  q: Queryable,
  changes: ChangeSet,
  forms: { contactId: string; form: FlowForm }[],
  now: number,
): Promise<void> {
  if (forms.length === 0) return;
  const fields = await listFields(q);
  for (const { contactId, form } of forms) {
    const values = form.answers.flatMap((answer) => {
      const value = fieldValueOf(fields, answer);
      const field = fields.find((f) => f.key === answer.name);
      return value === null || !field ? [] : [{ fieldId: field.id, value }];
    });
    if (await writeContactFieldValues(q, contactId, values, now)) changes.add('contact', contactId, null);
  }
}
