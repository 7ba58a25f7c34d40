// Meta-shaped WhatsApp webhooks (fixtures/whatsapp-text.json, whatsapp-status-*.json), built by
// the simulator and by tests and benchmarks that need real payloads.
import { randomBytes } from 'node:crypto';

/** The display number the simulated business shows; only the phone_number_id routes. */
export const SIMULATED_DISPLAY_NUMBER = '15550000001';

/** A fresh id in wamid form (Meta's are base64 of an opaque blob). */
export function newWamid(): string {
  return `wamid.${randomBytes(27).toString('base64')}`;
}

const seconds = (ms: number) => String(Math.floor(ms / 1000));

function envelope(phoneNumberId: string, value: Record<string, unknown>) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: `waba-${phoneNumberId}`,
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: SIMULATED_DISPLAY_NUMBER, phone_number_id: phoneNumberId },
              ...value,
            },
            field: 'messages',
          },
        ],
      },
    ],
  };
}

export interface TextWebhookInput {
  phoneNumberId: string;
  customer: { name: string; phone: string };
  text: string;
  id?: string;
  /** Milliseconds; Meta sends whole seconds as a string. */
  at?: number;
}

export function buildWhatsappTextWebhook(input: TextWebhookInput) {
  return envelope(input.phoneNumberId, {
    contacts: [{ profile: { name: input.customer.name }, wa_id: input.customer.phone }],
    messages: [
      {
        from: input.customer.phone,
        id: input.id ?? newWamid(),
        timestamp: seconds(input.at ?? Date.now()),
        type: 'text',
        text: { body: input.text },
      },
    ],
  });
}

export type SimulatedStatus = 'sent' | 'delivered' | 'read' | 'failed';

export interface StatusWebhookInput {
  phoneNumberId: string;
  messageId: string;
  recipient: string;
  status: SimulatedStatus;
  at?: number;
  error?: { code: number; title: string; details: string };
}

export function buildWhatsappStatusWebhook(input: StatusWebhookInput) {
  const status: Record<string, unknown> = {
    id: input.messageId,
    status: input.status,
    timestamp: seconds(input.at ?? Date.now()),
    recipient_id: input.recipient,
  };
  if (input.status === 'sent' || input.status === 'delivered') {
    // v24+ shape: pricing only, no conversation object (PLATFORM.md §2.3).
    status.pricing = { billable: false, pricing_model: 'PMP', type: 'free_customer_service', category: 'service' };
  }
  if (input.error) {
    const { code, title, details } = input.error;
    status.errors = [
      {
        code,
        title,
        message: title,
        error_data: { details },
        href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
      },
    ];
  }
  return envelope(input.phoneNumberId, { statuses: [status] });
}
