/** The text of a field after typing `text` over the selection [start, end), and where the caret lands. */
export function spliceText(
  value: string,
  start: number | null,
  end: number | null,
  text: string,
): { value: string; caret: number } {
  // Fields that do not expose a selection (type=email, number) get the text at the end.
  const from = clamp(start ?? value.length, 0, value.length);
  const to = clamp(end ?? from, from, value.length);
  return { value: value.slice(0, from) + text + value.slice(to), caret: from + text.length };
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** Input types an agent types prose into; the rest (checkbox, date, file...) are not targets. */
export const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', '']);

export function isTextInputType(type: string | null | undefined): boolean {
  return TEXT_INPUT_TYPES.has((type ?? '').toLowerCase());
}
