// A stand-in for Meta's Graph API at the adapter seam: counts sends, and answers with a message
// id, a refusal, or not yet (a gate the test opens) — whatever the test scripts. Webhooks are
// parsed by the real WhatsApp adapter.
import type { ChannelAdapter, ChannelConfig, ChannelSendError, OutboundMessage } from '../channels/types';
import { whatsappAdapter } from '../channels/whatsapp/whatsappAdapter';

export interface RecordedSend {
  channel: ChannelConfig;
  to: string;
  message: OutboundMessage;
}

type Outcome = { externalId: string } | ChannelSendError | Error;

export interface RecordingAdapter extends ChannelAdapter {
  sends: RecordedSend[];
  /** The next sends' outcomes, in order; after them every send succeeds with a fresh id. */
  script(...outcomes: Outcome[]): void;
  /** Holds every send until the returned function is called. */
  hold(): () => void;
}

export function createRecordingAdapter(): RecordingAdapter {
  const outcomes: Outcome[] = [];
  let gate: Promise<void> | null = null;
  let n = 0;
  const adapter: RecordingAdapter = {
    kind: 'whatsapp',
    sends: [],
    parse: (payload) => whatsappAdapter.parse(payload),
    async send(channel, to, message) {
      adapter.sends.push({ channel, to, message });
      if (gate) await gate;
      const outcome = outcomes.shift() ?? { externalId: `wamid.OUT${++n}-${Math.random().toString(36).slice(2, 8)}` };
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    script(...more) {
      outcomes.push(...more);
    },
    hold() {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return () => {
        gate = null;
        release();
      };
    },
  };
  return adapter;
}
