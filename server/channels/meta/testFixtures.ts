// Test-only: Meta's documented payloads from <repo>/../shared/fixtures/meta (CI clones the repo
// with ../shared beside it).
import { readdirSync, readFileSync } from 'node:fs';

export const META_FIXTURES = new URL('../../../../shared/fixtures/meta/', import.meta.url);

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, META_FIXTURES), 'utf8');
}

export function fixture<T = any>(name: string): T {
  return JSON.parse(fixtureText(name)) as T;
}

export function fixtureNames(prefix: string): string[] {
  return readdirSync(META_FIXTURES)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
    .sort();
}
