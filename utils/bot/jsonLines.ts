// Where things are in a JSON text the admin edits: the line of the value at a path (so a flow
// problem shows at its line) and the line of a syntax error. V8's JSON.parse no longer says where
// it failed, so this small scanner reads the text itself.

type Path = (string | number)[];

export interface JsonScan {
  /** 1-based line of each value's start, keyed by JSON.stringify(path). */
  lines: Map<string, number>;
  /** The first syntax error, or null when the text is JSON. */
  error: { line: number; message: string } | null;
}

class ScanError extends Error {}

const LITERAL = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/;

export function scanJson(text: string): JsonScan {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const fail = (what: string): never => {
    throw new ScanError(i < text.length ? `${what}, found ‘${text[i]}’` : `${what}, found the end`);
  };
  const skip = () => {
    while (i < text.length && /\s/.test(text[i])) if (text[i++] === '\n') line++;
  };
  const expect = (c: string) => {
    skip();
    if (text[i] !== c) fail(`Expected ${JSON.stringify(c)}`);
    i++;
  };
  const string = (): string => {
    if (text[i] !== '"') fail('Expected a string in double quotes');
    const start = i++;
    while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
    if (text[i] !== '"') fail('Unterminated string');
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail('Bad escape in string');
    }
  };
  const items = (close: string, item: () => void) => {
    i++;
    skip();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      skip();
      if (text[i] === close) return void i++;
      expect(',');
      skip();
    }
  };
  const value = (path: Path): void => {
    skip();
    lines.set(JSON.stringify(path), line);
    const c = text[i];
    if (c === '{') {
      items('}', () => {
        skip();
        const key = string();
        expect(':');
        value([...path, key]);
      });
    } else if (c === '[') {
      let index = 0;
      items(']', () => value([...path, index++]));
    } else if (c === '"') string();
    else {
      const literal = LITERAL.exec(text.slice(i));
      if (!literal) fail('Expected a value');
      i += literal![0].length;
    }
  };
  try {
    value([]);
    skip();
    if (i < text.length) fail('Expected the end of the text');
    return { lines, error: null };
  } catch (err) {
    if (!(err instanceof ScanError)) throw err;
    return { lines, error: { line, message: err.message } };
  }
}

/** The line of the value at `path`, or of its nearest ancestor present in the text. */
export function lineOfPath(lines: Map<string, number>, path: Path): number {
  for (let n = path.length; n >= 0; n--) {
    const found = lines.get(JSON.stringify(path.slice(0, n)));
    if (found !== undefined) return found;
  }
  return 1;
}
