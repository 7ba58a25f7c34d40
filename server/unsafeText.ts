// Text PostgreSQL cannot hold: NUL (text refuses it) and unpaired UTF-16 surrogates (jsonb refuses
// their escapes; text turns them into something else silently). The API refuses such input, naming
// the field; a webhook's text is kept, cleaned, because Meta cannot be asked to send it again.
// Walks are iterative: a deeply nested body must not overflow the stack.

// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

export type JsonPath = (string | number)[];

export function isUnsafeText(text: string): boolean {
  return UNSAFE.test(text);
}

/** NUL dropped, every lone surrogate replaced by U+FFFD. */
export function toStorableText(text: string): string {
  return text.replace(UNSAFE_ALL, (found) => (found === '\u0000' ? '' : '\uFFFD'));
}

/** Where a value sits: a link to its parent, so a deep walk never copies paths (only the answer). */
type Place = { key: string | number; parent: Place | null } | null;

function toPath(place: Place): JsonPath {
  const path: JsonPath = [];
  for (let at = place; at; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** The path of the first string (a value or a key) that holds unsafe text, or null when none does. */
export function findUnsafeText(value: unknown): JsonPath | null {
  const stack: { value: unknown; place: Place }[] = [{ value, place: null }];
  while (stack.length > 0) {
    const { value: current, place } = stack.pop()!;
    if (typeof current === 'string') {
      if (isUnsafeText(current)) return toPath(place);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], place: { key: i, parent: place } });
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      for (const [key] of entries) if (isUnsafeText(key)) return toPath({ key, parent: place });
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push({ value: entries[i][1], place: { key: entries[i][0], parent: place } });
    }
  }
  return null;
}

/** Parsed JSON made storable in place (strings and keys); returns the same value, or the cleaned string. */
export function cleanParsedJson<T>(value: T): T {
  if (typeof value === 'string') return toStorableText(value) as T;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) {
        if (typeof current[i] === 'string') current[i] = toStorableText(current[i]);
        else stack.push(current[i]);
      }
    } else if (current !== null && typeof current === 'object') {
      const record = current as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const item = record[key];
        if (typeof item === 'string') record[key] = toStorableText(item);
        else stack.push(item);
        if (!isUnsafeText(key)) continue;
        const cleanKey = toStorableText(key);
        const moved = record[key];
        delete record[key];
        // defineProperty, not assignment: a key cleaned into "__proto__" must stay a plain key.
        Object.defineProperty(record, cleanKey, { value: moved, enumerable: true, writable: true, configurable: true });
      }
    }
  }
  return value;
}
