// fast-check arbitraries for hostile input: strings SQL cannot hold (NUL, lone surrogates), huge
// ones, wrong types, deep nesting, broken JSON — and values shaped by an OpenAPI schema, so the
// properties reach past validation into the handlers and the SQL they run.
import fc from 'fast-check';

export type Schema = Record<string, unknown>;
export type Components = Record<string, Schema>;

const NASTY_TEXT = ['\u0000', '\ud800', '\udfff', 'a\u0000b', '🎉\ud83c', '%00', "'; DROP TABLE x;--", '\\', '\uFFFF'];

/** Strings of every kind: plain, binary (lone surrogates included), nasty pieces, very long. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...NASTY_TEXT),
  fc.tuple(fc.string({ maxLength: 5 }), fc.constantFrom(...NASTY_TEXT)).map(([a, b]) => a + b),
  fc.constantFrom(5_000, 70_000).map((n) => 'é'.repeat(n)),
);

/** Any JSON-ish value of a wrong or odd kind. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, 0, -1, 1e308, -1e308, 2 ** 63, 1.5, Number.MAX_SAFE_INTEGER + 2),
  fc.constantFrom([], {}, [null], { '': '' }, JSON.parse('{"__proto__":{"polluted":1}}')),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A raw body that is not the JSON any route wants: broken, deep, odd encodings. */
export const hostileRawBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', '{', '{"a":', 'null', '[]', '"\\u0000"', '{"a":"\\ud800"}', '\u0000', '{"a":1,"a":2}'),
  fc.constantFrom(5_000, 50_000).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.constantFrom(5_000, 50_000).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 50 }),
);

/**
 * A path segment as a client could send it: percent-encoded, lone surrogates as the UTF-8 bytes a
 * sloppy encoder would emit (encodeURIComponent refuses them), or raw escapes (`%00`, `%`).
 */
export function encodeSegment(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff)
      out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`;
    else out += encodeURIComponent(char);
  }
  return out;
}

export const hostileSegment = (known: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 2, arbitrary: hostileString.filter((s) => s.length > 0 && s.length < 3000).map(encodeSegment) },
    { weight: 1, arbitrary: fc.constantFrom('%00', '%', '%ZZ', '%ED%A0%80', '..', '%2F', 'nope') },
    { weight: 3, arbitrary: fc.constantFrom(...known) },
  );

const deref = (schema: Schema, components: Components): Schema => {
  const ref = schema.$ref;
  return typeof ref === 'string' ? deref(components[ref.split('/').pop()!] ?? {}, components) : schema;
};

/** A value shaped by an OpenAPI 3.1 schema, now and then a hostile one in its place. */
export function fromSchema(schema: Schema, components: Components, depth = 0): fc.Arbitrary<unknown> {
  const shaped = shapedBy(deref(schema, components), components, depth);
  return fc.oneof({ weight: 12, arbitrary: shaped }, { weight: 1, arbitrary: hostileValue });
}

function shapedBy(schema: Schema, components: Components, depth: number): fc.Arbitrary<unknown> {
  const choices = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (choices?.length) return fc.oneof(...choices.map((s) => fromSchema(s, components, depth)));
  if (Array.isArray(schema.enum) && schema.enum.length) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (depth > 4) return hostileValue;
  switch (type) {
    case 'string':
      return fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('#4f46e5', '+15550001111', 'a@example.com'));
    case 'integer':
    case 'number':
      return fc.oneof(fc.integer({ min: -5, max: 2000 }), fc.constantFrom(1_700_000_000_000, 2 ** 53));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(fromSchema((schema.items as Schema) ?? {}, components, depth + 1), { maxLength: 3 });
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(properties)) record[key] = fromSchema(value, components, depth + 1);
      return fc.record(record, { requiredKeys: (schema.required as string[]) ?? [] });
    }
    default:
      return hostileValue;
  }
}
