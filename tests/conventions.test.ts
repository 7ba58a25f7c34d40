// The conventions of /work/shared/STYLE.md, kept by a test rather than by review (in the spirit of
// Refined GitHub's build/features.test.ts). Each rule names every file that breaks it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'data', 'test-results', 'playwright-report']);

const MAX_ENTRYPOINT_LINES = 40;
const MAX_FILE_LINES = 250;

/**
 * Files allowed past MAX_FILE_LINES, each with why. Keep it short: an entry whose file shrank
 * below the limit, or went away, fails the test so the list does not rot.
 */
const LONG_FILES: Record<string, string> = {
  // One route family's cases over one shared server setup; split it when it next grows.
  'server/http/agentAdmin.test.ts': 'agent administration routes, one setup',
  // Fields, tags and details of one customer over one shared server setup; split it when it next grows.
  'server/customers/customerInfo.test.ts': 'customer information routes, one setup',
};

function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walk(path) : [path];
  });
}

const files = walk('');
const sources = files.filter((path) => /\.tsx?$/.test(path) && !path.endsWith('.d.ts'));
const isTest = (path: string) => /\.test\.tsx?$/.test(path) || path.startsWith('tests/');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const lineCount = (path: string) => read(path).replace(/\n$/, '').split('\n').length;

/** Every module a file imports: static, re-exports, side-effect and dynamic imports. */
function importsOf(path: string): string[] {
  const text = read(path);
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s+['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]));
}

/** A root-relative path for a local import (relative or WXT's `@/`, `~/`, `@@/`, `~~/` aliases), else null. */
function resolveLocal(from: string, specifier: string): string | null {
  if (specifier.startsWith('.')) return normalize(join(dirname(from), specifier));
  const alias = /^(?:@@|~~|@|~)\/(.*)$/.exec(specifier);
  return alias ? normalize(alias[1]) : null;
}

describe('conventions', () => {
  it('sees the tree it checks', () => {
    expect(sources).toContain('tests/conventions.test.ts');
    expect(sources.some((path) => path.startsWith('entrypoints/'))).toBe(true);
  });

  it(`keeps every entrypoint under ${MAX_ENTRYPOINT_LINES} lines (entrypoints only wire)`, () => {
    const long = sources
      .filter((path) => path.startsWith('entrypoints/'))
      .filter((path) => lineCount(path) >= MAX_ENTRYPOINT_LINES)
      .map((path) => `${path}: ${lineCount(path)} lines`);
    expect(long).toEqual([]);
  });

  it(`keeps source files within ${MAX_FILE_LINES} lines, but for the allow-list`, () => {
    const long = sources
      .filter((path) => !(path in LONG_FILES) && lineCount(path) > MAX_FILE_LINES)
      .map((path) => `${path}: ${lineCount(path)} lines`);
    expect(long).toEqual([]);
  });

  it('keeps the allow-list of long files short and current', () => {
    const stale = Object.keys(LONG_FILES).filter(
      (path) => !sources.includes(path) || lineCount(path) <= MAX_FILE_LINES,
    );
    expect(stale).toEqual([]);
    expect(Object.keys(LONG_FILES).length).toBeLessThanOrEqual(5);
  });

  it('lets core/ import nothing but zod and other core files', () => {
    const outside = sources
      .filter((path) => path.startsWith('core/') && !isTest(path))
      .flatMap((path) =>
        importsOf(path)
          .filter((specifier) => {
            if (specifier === 'zod' || specifier.startsWith('zod/')) return false;
            const local = resolveLocal(path, specifier);
            return local === null || !local.startsWith('core/');
          })
          .map((specifier) => `${path} imports ${specifier}`),
      );
    expect(outside).toEqual([]);
  });

  it('keeps server/ out of utils/ and components/', () => {
    const crossing = sources
      .filter((path) => (path.startsWith('utils/') || path.startsWith('components/')) && !isTest(path))
      .flatMap((path) =>
        importsOf(path)
          .filter((specifier) => resolveLocal(path, specifier)?.startsWith('server/'))
          .map((specifier) => `${path} imports ${specifier}`),
      );
    expect(crossing).toEqual([]);
  });

  it('gives every eslint-disable and @ts-ignore / @ts-expect-error a reason', () => {
    const code = files.filter((path) => /\.(?:tsx?|m?js)$/.test(path) && path !== 'tests/conventions.test.ts');
    const bare = code.flatMap((path) =>
      read(path)
        .split('\n')
        .map((line, i) => ({ line, at: `${path}:${i + 1}` }))
        .filter(
          ({ line }) =>
            (/eslint-disable/.test(line) && !/eslint-disable[\w-]*\s+\S.*\s--\s+\S/.test(line)) ||
            /@ts-(?:ignore|expect-error|nocheck)\s*(?:\*\/)?\s*$/.test(line),
        )
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(bare).toEqual([]);
  });
});
