// The shared voice-note fixtures live outside the repository, in `shared/fixtures/audio` beside it
// (CI clones the repo next to a copy of shared/; a git worktree sits one level deeper, so every
// ancestor of the repository root is tried). Missing fixtures are an error, never a skip.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function audioFixturesDir(): string {
  for (let dir = dirname(REPO_ROOT); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'fixtures', 'audio');
    if (existsSync(join(candidate, 'sentences.txt'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`audio fixtures not found: expected shared/fixtures/audio beside the repository (${REPO_ROOT})`);
}

export interface VoiceFixture {
  file: string;
  sentence: string;
}

/** `fliterms-N.ogg` speaks line N of `sentences.txt`. */
export function voiceFixtures(): VoiceFixture[] {
  const dir = audioFixturesDir();
  const sentences = readFileSync(join(dir, 'sentences.txt'), 'utf8').split('\n').filter(Boolean);
  const fixtures = sentences.map((sentence, i) => ({ file: join(dir, `fliterms-${i + 1}.ogg`), sentence }));
  const missing = fixtures.filter((f) => !existsSync(f.file));
  if (missing.length) throw new Error(`audio fixtures missing: ${missing.map((f) => f.file).join(', ')}`);
  return fixtures;
}
