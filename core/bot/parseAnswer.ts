// A customer's free-text answer read as the value of the information field a question fills.
// More forgiving than the API (customers write "2,5" and "31/03/2025"); the result always passes
// core/fieldValues' checkFieldValue for the same definition.
import { isCalendarDate, MAX_TEXT_FIELD_LENGTH, type FieldValue } from '../fieldValues';
import type { FieldDefinition } from '../model';
import { normalizeWords } from './asksForPerson';

type Definition = Pick<FieldDefinition, 'key' | 'type' | 'choices'>;

const NUMBER = /^-?\d+([.,]\d+)?$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

export function parseAnswer(definition: Definition, raw: string): FieldValue | null {
  const text = raw.trim();
  if (text === '') return null;
  switch (definition.type) {
    case 'text':
      return text.length > MAX_TEXT_FIELD_LENGTH ? null : text;
    case 'number': {
      const plain = text.replace(/\s+/g, '');
      return NUMBER.test(plain) ? Number(plain.replace(',', '.')) : null;
    }
    case 'date': {
      if (isCalendarDate(text)) return text;
      const match = DAY_FIRST.exec(text);
      if (!match) return null;
      const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
      return isCalendarDate(iso) ? iso : null;
    }
    case 'choice':
      return pickByText(definition.choices, text);
  }
}

/** "2" is the second; otherwise the one whose words are the answer's (accents and case aside). */
export function pickByText(choices: readonly string[], raw: string): string | null {
  const text = raw.trim();
  if (/^\d{1,2}$/.test(text)) return choices[Number(text) - 1] ?? null;
  const wanted = normalizeWords(text);
  return choices.find((choice) => normalizeWords(choice) === wanted) ?? null;
}
