// Information-field values checked by the field's type. Pure: the server refuses a bad value with
// this message (400 `invalid`), and the side panel shows the same words instantly, before a round trip.
import type { FieldDefinition } from './model';

export const MAX_TEXT_FIELD_LENGTH = 500;

export type FieldValue = string | number;

export type FieldCheck = { ok: true; value: FieldValue | null } | { ok: false; message: string };

type Definition = Pick<FieldDefinition, 'key' | 'type' | 'choices'>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A decimal number written plainly: "3", "-2.5", "0.75"; not "3e5", "0x1f", "" or "Infinity". */
const NUMERIC = /^-?\d+(\.\d+)?$/;

/** A real calendar date written YYYY-MM-DD (no 2024-02-30, no 2023-02-29). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Checks one value against its definition; null (or an empty text) clears the field. */
export function checkFieldValue(definition: Definition, value: unknown): FieldCheck {
  const fail = (reason: string): FieldCheck => ({ ok: false, message: `${definition.key}: ${reason}` });
  if (value === null || value === undefined) return { ok: true, value: null };
  switch (definition.type) {
    case 'text': {
      if (typeof value !== 'string') return fail('not a text');
      const text = value.trim();
      if (text.length > MAX_TEXT_FIELD_LENGTH) return fail(`longer than ${MAX_TEXT_FIELD_LENGTH} characters`);
      return { ok: true, value: text === '' ? null : text };
    }
    case 'number': {
      // API clients often send numbers as text ("3", " 2.5 "): accepted, stored as the number.
      const number = typeof value === 'string' && NUMERIC.test(value.trim()) ? Number(value.trim()) : value;
      if (typeof number === 'string' && number.trim() === '') return { ok: true, value: null };
      if (typeof number !== 'number' || !Number.isFinite(number)) return fail('not a number');
      return { ok: true, value: number };
    }
    case 'date':
      if (typeof value !== 'string' || !isCalendarDate(value)) return fail('not a date (YYYY-MM-DD)');
      return { ok: true, value };
    case 'choice':
      if (typeof value !== 'string' || !definition.choices.includes(value)) {
        return fail(
          `not one of ${definition.choices.map((c) => `"${c}"`).join(', ') || 'the choices (there are none)'}`,
        );
      }
      return { ok: true, value };
  }
}

export type FieldValuesCheck = { ok: true; values: Record<string, FieldValue | null> } | { ok: false; message: string };

/** Checks a whole update; the first bad value (or unknown key) fails it, naming the key. */
export function checkFieldValues(definitions: Definition[], values: Record<string, unknown>): FieldValuesCheck {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const out: Record<string, FieldValue | null> = {};
  for (const [key, value] of Object.entries(values)) {
    const definition = byKey.get(key);
    if (!definition) return { ok: false, message: `${key}: no such information field` };
    const check = checkFieldValue(definition, value);
    if (!check.ok) return check;
    out[key] = check.value;
  }
  return { ok: true, values: out };
}

/**
 * What an input's text means for a field: empty clears; a number field's text becomes a number
 * when it reads as one (else it stays text, and checkFieldValue says "not a number").
 */
export function parseFieldInput(definition: Pick<FieldDefinition, 'type'>, raw: string): unknown {
  const text = raw.trim();
  if (text === '') return null;
  if (definition.type === 'number') {
    const n = Number(text);
    return Number.isFinite(n) ? n : text;
  }
  return definition.type === 'text' ? raw : text;
}
