import { deliverOutbox, type DeliverDeps } from './deliverOutbox';

/**
 * Runs deliveries one at a time (two overlapping runs would send the same entry twice — harmless
 * thanks to the clientId, but wasteful, and it could pass a head still in flight) and keeps one
 * timer for the next retry. The timer belongs to `signal`; if the worker dies, the alarm's next
 * tick calls kick() again. flush() ignores the backoff: the server has just answered again.
 */
export function createOutboxRunner(deps: DeliverDeps & { signal: AbortSignal }) {
  let running: Promise<void> | null = null;
  let again = false;
  let force = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  deps.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  async function run(): Promise<void> {
    do {
      again = false;
      const opts = { force };
      force = false;
      const nextDue = await deliverOutbox(deps, deps.signal, opts).catch(() => null);
      clearTimeout(timer);
      if (nextDue !== null && !deps.signal.aborted) {
        timer = setTimeout(kick, Math.max(0, nextDue - deps.now()));
      }
    } while (again && !deps.signal.aborted);
  }

  function kick(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = run().finally(() => {
      running = null;
    });
    return running;
  }

  function flush(): Promise<void> {
    force = true;
    return kick();
  }

  return { kick, flush };
}
