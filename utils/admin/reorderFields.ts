// Moving an information field up or down: the positions to send, only for fields that change.
// Positions are renumbered 0..n-1 in the new order, which also repairs ties left by earlier edits.
import type { FieldDefinition } from '@/core/model';

export function byPosition<T extends Pick<FieldDefinition, 'position' | 'label'>>(fields: readonly T[]): T[] {
  return [...fields].sort((a, b) => a.position - b.position || a.label.localeCompare(b.label));
}

export function reorderFields(
  fields: readonly FieldDefinition[],
  id: string,
  direction: 'up' | 'down',
): { id: string; position: number }[] {
  const ordered = byPosition(fields);
  const from = ordered.findIndex((f) => f.id === id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from === -1 || to < 0 || to >= ordered.length) return [];
  [ordered[from], ordered[to]] = [ordered[to], ordered[from]];
  return ordered.flatMap((field, position) => (field.position === position ? [] : [{ id: field.id, position }]));
}

/** The textarea of choices: one per line, trimmed, blanks and repeats dropped. */
export function parseChoices(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}
