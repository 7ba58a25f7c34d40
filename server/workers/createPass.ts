// One kind of background work as a pass that runs alone: a kick while it runs makes it run once
// more afterwards, so nothing committed meanwhile is missed. The pass is handed the workers' stop
// signal and ends at its next safe point once it fires; a kick after that is ignored.
import type { Log } from '../log';

export interface Pass {
  kick(): void;
  /** Resolves when no run is going on (a run started meanwhile is waited for too). */
  settled(): Promise<void>;
}

export function createPass(
  name: string,
  run: (signal: AbortSignal) => Promise<void>,
  signal: AbortSignal,
  log: Log,
): Pass {
  let running: Promise<void> | null = null;
  let again = false;

  const loop = async () => {
    do {
      again = false;
      try {
        await run(signal);
      } catch (error) {
        log('background work failed', { work: name, error: error instanceof Error ? error.message : String(error) });
      }
    } while (again && !signal.aborted);
    running = null;
  };

  return {
    kick() {
      if (signal.aborted) return;
      if (running) again = true;
      else running = loop();
    },
    async settled() {
      while (running) await running;
    },
  };
}
