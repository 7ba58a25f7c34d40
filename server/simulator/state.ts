// The simulator's memory: the customers one can play, each customer's thread with each simulated
// business number, and the failures queued by tests. In memory on purpose: it is a stand-in for
// people's phones, not data the product keeps.

export interface SimCustomer {
  name: string;
  /** Digits only, as WhatsApp's wa_id. */
  phone: string;
}

export type SimMessageStatus =
  // the customer's messages: what our server answered to the webhook
  | 'sending'
  | 'accepted'
  | 'rejected'
  // the business's replies: the last status webhook we reported
  | 'accepted_by_graph'
  | 'sent'
  | 'delivered'
  | 'read'
  | 'failed';

export interface SimMessage {
  id: string;
  from: 'customer' | 'business';
  text: string;
  at: number;
  status: SimMessageStatus;
  /** Why it was rejected or failed, shown on the page. */
  error: string | null;
  /** A file the customer sent (kept in `SimulatorState.media` under this id). */
  media?: { id: string; mimeType: string; filename: string | null; voice: boolean };
  /** A business message with reply buttons, a list or a Flow form (the bot's): what the phone can tap. */
  interactive?: SimInteractive;
}

export type SimInteractive =
  | { type: 'buttons'; options: { id: string; title: string }[] }
  | { type: 'list'; button: string; options: { id: string; title: string }[] }
  | { type: 'flow'; flowId: string; flowToken: string; cta: string };

/** A file on the simulated phone, served by the Graph stand-in's media endpoints. */
export interface SimMedia {
  bytes: Uint8Array;
  mimeType: string;
  filename: string | null;
}

export interface SimulatedFailure {
  code: number;
  /** HTTP status of the Graph answer; defaults per code. */
  httpStatus?: number;
  /** Accept the send (200 + wamid), then report `failed` by status webhook, as Meta often does. */
  async?: boolean;
}

export interface SimulatorState {
  customers: Map<string, SimCustomer>;
  failures: SimulatedFailure[];
  media: Map<string, SimMedia>;
  thread(channelExternalId: string, phone: string): SimMessage[];
  /** The business message with this wamid, wherever it is. */
  findMessage(id: string): { message: SimMessage; channelExternalId: string; phone: string } | null;
  /** The page polls a thread while it shows it: that is how the simulated phone is "open". */
  markSeen(channelExternalId: string, phone: string, now: number): void;
  isOpen(channelExternalId: string, phone: string, now: number): boolean;
  /** setTimeout owned by the state, so `dispose` leaves nothing running. */
  schedule(fn: () => unknown, ms: number): void;
  reset(): void;
  dispose(): void;
}

/** A page that polled within this long counts as open (it polls every ~1 s). */
const OPEN_FOR_MS = 3_000;

export const normalizePhone = (phone: string) => phone.replace(/\D/g, '');

export function createSimulatorState(): SimulatorState {
  const customers = new Map<string, SimCustomer>();
  const threads = new Map<string, SimMessage[]>();
  const seen = new Map<string, number>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const failures: SimulatedFailure[] = [];
  const media = new Map<string, SimMedia>();
  const key = (channelExternalId: string, phone: string) => `${channelExternalId}:${normalizePhone(phone)}`;

  return {
    customers,
    failures,
    media,
    thread(channelExternalId, phone) {
      const k = key(channelExternalId, phone);
      let thread = threads.get(k);
      if (!thread) threads.set(k, (thread = []));
      return thread;
    },
    findMessage(id) {
      for (const [k, thread] of threads) {
        const message = thread.find((m) => m.id === id);
        if (message) {
          const [channelExternalId, phone] = k.split(':');
          return { message, channelExternalId, phone };
        }
      }
      return null;
    },
    markSeen(channelExternalId, phone, now) {
      seen.set(key(channelExternalId, phone), now);
    },
    isOpen(channelExternalId, phone, now) {
      return now - (seen.get(key(channelExternalId, phone)) ?? -Infinity) < OPEN_FOR_MS;
    },
    schedule(fn, ms) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        void fn();
      }, ms);
      timers.add(timer);
    },
    reset() {
      customers.clear();
      threads.clear();
      seen.clear();
      media.clear();
      failures.length = 0;
    },
    dispose() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
