// Progress and deadlines for the browser benchmarks: every step says on stderr what it is doing,
// and none can wait forever (a probe whose element never appears used to hang the whole run
// silently). A step past the deadline rejects with BenchTimeout naming it, so the caller can print
// what it measured so far.

export class BenchTimeout extends Error {
  constructor(
    readonly step: string,
    ms: number,
  ) {
    super(`${step}: no answer within ${(ms / 1000).toFixed(0)} s`);
  }
}

export interface BenchSteps {
  /** One line on stderr, with the seconds since the benchmark started. */
  progress: (line: string) => void;
  /** Resolves as `work` does, or rejects with BenchTimeout at the step's or the run's deadline. */
  step: <T>(name: string, work: Promise<T>, stepMs?: number) => Promise<T>;
}

export function createBenchSteps(name: string, totalMs: number, defaultStepMs: number): BenchSteps {
  const started = Date.now();
  const progress = (line: string) =>
    process.stderr.write(`  [${name} +${((Date.now() - started) / 1000).toFixed(1)} s] ${line}\n`);
  const step = <T>(what: string, work: Promise<T>, stepMs = defaultStepMs): Promise<T> => {
    const ms = Math.max(0, Math.min(stepMs, started + totalMs - Date.now()));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new BenchTimeout(what, ms)), ms);
    });
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  };
  return { progress, step };
}
