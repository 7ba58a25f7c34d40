// A WhatsApp Flows form's answers (by field name) kept when they fit the information field of the
// same key; answers for no field, or that do not fit, are left out (the summary keeps them all).
import type { FieldValue } from '../fieldValues';
import { checkFieldValue } from '../fieldValues';
import type { FieldDefinition } from '../model';
import type { FlowStep } from './flow';
import { parseAnswer } from './parseAnswer';

export function readFormAnswers(
  step: Extract<FlowStep, { kind: 'flowForm' }>,
  fields: readonly Pick<FieldDefinition, 'key' | 'type' | 'choices'>[],
  answers: Record<string, unknown>,
): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const { name } of step.fields) {
    const field = fields.find((f) => f.key === name);
    const raw = answers[name];
    if (!field || raw === undefined || raw === null) continue;
    const value = typeof raw === 'string' ? parseAnswer(field, raw) : raw;
    const check = checkFieldValue(field, value);
    if (check.ok && check.value !== null) out[name] = check.value;
  }
  return out;
}
