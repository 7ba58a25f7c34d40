import { describe, expect, it } from 'vitest';
import { fixture, fixtureNames } from '../meta/testFixtures';
import { WINDOW_CLOSED_REASON } from '../meta/graphError';
import { WebhookPayloadError, type InboundMessageEvent, type StatusEvent } from '../types';
import { parseWhatsappWebhook } from './parseWhatsappWebhook';

const webhooks = fixtureNames('whatsapp-').filter((name) => 'object' in fixture(name));

/** What each fixture must turn into: [kind, text, originalType] for messages, status for statuses. */
const EXPECTED: Record<string, Partial<InboundMessageEvent> | Partial<StatusEvent>> = {
  'whatsapp-text.json': { kind: 'text', text: 'Does it come in another color?', originalType: null },
  'whatsapp-voice.json': {
    kind: 'audio',
    text: '',
    originalType: 'voice',
    media: {
      source: { type: 'graph_media_id', id: '1908647269898587' },
      mimeType: 'audio/ogg; codecs=opus',
      filename: null,
      voice: true,
    },
  },
  'whatsapp-audio-file.json': {
    kind: 'audio',
    text: '',
    originalType: 'audio',
    media: {
      source: { type: 'graph_media_id', id: '1117364589201733' },
      mimeType: 'audio/mpeg',
      filename: null,
      voice: false,
    },
  },
  'whatsapp-image.json': {
    kind: 'image',
    text: 'Taj Mahal',
    originalType: 'image',
    media: {
      source: { type: 'graph_media_id', id: '1003383421387256' },
      mimeType: 'image/jpeg',
      filename: null,
      voice: false,
    },
  },
  'whatsapp-document.json': {
    kind: 'document',
    text: 'my receipt',
    originalType: 'document',
    media: {
      source: { type: 'graph_media_id', id: '622684793477189' },
      mimeType: 'application/pdf',
      filename: 'receipt.pdf',
      voice: false,
    },
  },
  'whatsapp-location.json': {
    kind: 'location',
    text: 'Philz Coffee',
    originalType: 'location',
    location: {
      latitude: 37.44221496582,
      longitude: -122.16165924072,
      name: 'Philz Coffee',
      address: '101 Forest Ave, Palo Alto, CA 94301',
    },
  },
  'whatsapp-button-reply.json': {
    kind: 'text',
    text: 'Change',
    originalType: 'button_reply',
    replyId: 'change-button',
  },
  'whatsapp-button.json': { kind: 'unsupported', text: 'Unsubscribe', originalType: 'button' },
  'whatsapp-nfm-reply.json': {
    kind: 'form',
    text: 'Sent',
    originalType: 'nfm_reply',
    form: {
      name: 'flow',
      flowToken: 'lead-form-7f3c2a',
      answers: [
        { name: 'full_name', value: 'Sheena Nelson' },
        { name: 'email', value: 'sheena@example.com' },
        { name: 'preferred_contact', value: '0' },
        { name: 'comments', value: 'Please call after 5pm' },
      ],
    },
  },
  'whatsapp-reaction.json': { kind: 'unsupported', text: '👍', originalType: 'reaction' },
  'whatsapp-status-sent.json': { status: 'sent', error: null },
  'whatsapp-status-delivered.json': { status: 'delivered', error: null },
  'whatsapp-status-read.json': { status: 'read', error: null },
  'whatsapp-status-failed-131047.json': {
    status: 'failed',
    error: { code: 'meta_131047', message: WINDOW_CLOSED_REASON },
  },
};

describe('parseWhatsappWebhook on every fixture', () => {
  it('covers every webhook fixture in the table', () => {
    expect(webhooks.length).toBeGreaterThanOrEqual(14);
    expect(webhooks.filter((name) => !(name in EXPECTED))).toEqual([]);
  });

  it.each(webhooks)('%s', (name) => {
    const payload = fixture(name);
    const value = payload.entry[0].changes[0].value;
    const events = parseWhatsappWebhook(payload);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ channel: 'whatsapp', channelExternalId: '106540352242922', ...EXPECTED[name] });
    if (event.type === 'message') {
      const message = value.messages[0];
      expect(event).toMatchObject({
        externalId: message.id,
        timestamp: Number(message.timestamp) * 1000,
        contact: { externalId: message.from, name: value.contacts[0].profile.name, phone: message.from },
      });
    } else {
      expect(event).toMatchObject({
        externalId: value.statuses[0].id,
        timestamp: Number(value.statuses[0].timestamp) * 1000,
      });
    }
  });
});

describe('parseWhatsappWebhook on other shapes', () => {
  const text = () => structuredClone(fixture('whatsapp-text.json'));

  it('reads every entry, change, message and status of a batch', () => {
    const payload = text();
    const value = payload.entry[0].changes[0].value;
    value.messages.push({ ...value.messages[0], id: 'wamid.second', text: { body: 'and in red?' } });
    value.statuses = fixture('whatsapp-status-read.json').entry[0].changes[0].value.statuses;
    payload.entry.push(structuredClone(fixture('whatsapp-status-sent.json').entry[0]));
    const events = parseWhatsappWebhook(payload);
    expect(events.map((e) => (e.type === 'status' || e.type === 'watermark' ? e.status : e.text))).toEqual([
      'Does it come in another color?',
      'and in red?',
      'read',
      'sent',
    ]);
  });

  it('routes by phone_number_id and falls back to the number when contacts[] lacks the sender', () => {
    const payload = text();
    payload.entry[0].changes[0].value.metadata.phone_number_id = '999';
    delete payload.entry[0].changes[0].value.contacts;
    const [event] = parseWhatsappWebhook(payload) as InboundMessageEvent[];
    expect(event.channelExternalId).toBe('999');
    expect(event.contact.name).toBe('16505551234');
  });

  it('keeps unknown, sticker and unsupported types as unsupported entries; a list row tapped is its title', () => {
    const payload = text();
    const base = payload.entry[0].changes[0].value.messages[0];
    delete base.text;
    payload.entry[0].changes[0].value.messages = [
      { ...base, id: 'a', type: 'sticker', sticker: { id: '1', mime_type: 'image/webp' } },
      { ...base, id: 'b', type: 'hologram', hologram: { depth: 3 } },
      { ...base, id: 'c', type: 'unsupported', unsupported: { type: 'edit' }, errors: [{ code: 131051 }] },
      {
        ...base,
        id: 'd',
        type: 'interactive',
        interactive: { type: 'list_reply', list_reply: { id: 'r1', title: 'Tuesday' } },
      },
      { ...base, id: 'e', type: 'reaction', reaction: { message_id: 'wamid.x' } },
    ];
    const events = parseWhatsappWebhook(payload) as InboundMessageEvent[];
    expect(events.map((e) => [e.kind, e.originalType, e.text])).toEqual([
      ['unsupported', 'sticker', ''],
      ['unsupported', 'hologram', ''],
      ['unsupported', 'unsupported', 'edit'],
      ['text', 'list_reply', 'Tuesday'],
      ['unsupported', 'reaction', ''],
    ]);
  });

  it('maps played to read and skips statuses it does not track', () => {
    const payload = structuredClone(fixture('whatsapp-status-read.json'));
    const status = payload.entry[0].changes[0].value.statuses[0];
    payload.entry[0].changes[0].value.statuses = [
      { ...status, status: 'played' },
      { ...status, status: 'deleted' },
    ];
    expect(parseWhatsappWebhook(payload).map((e) => (e as StatusEvent).status)).toEqual(['read']);
  });

  it('ignores changes of other fields', () => {
    const payload = text();
    payload.entry[0].changes[0] = { field: 'message_template_status_update', value: { event: 'APPROVED' } };
    expect(parseWhatsappWebhook(payload)).toEqual([]);
  });

  it.each([
    ['entry', (p: any) => delete p.entry],
    ['entry[0].changes', (p: any) => (p.entry[0].changes = 'nope')],
    [
      'entry[0].changes[0].value.metadata.phone_number_id',
      (p: any) => delete p.entry[0].changes[0].value.metadata.phone_number_id,
    ],
    ['entry[0].changes[0].value.metadata', (p: any) => delete p.entry[0].changes[0].value.metadata],
    [
      'entry[0].changes[0].value.messages[0].timestamp',
      (p: any) => (p.entry[0].changes[0].value.messages[0].timestamp = 'yesterday'),
    ],
    ['entry[0].changes[0].value.messages[0].from', (p: any) => (p.entry[0].changes[0].value.messages[0].from = 42)],
    [
      'entry[0].changes[0].value.messages[0].text.body',
      (p: any) => delete p.entry[0].changes[0].value.messages[0].text,
    ],
    ['object', (p: any) => (p.object = 'page')],
  ])('names %s when it is malformed', (field, breakIt) => {
    const payload = text();
    breakIt(payload);
    let caught: unknown;
    try {
      parseWhatsappWebhook(payload);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WebhookPayloadError);
    expect((caught as WebhookPayloadError).field).toBe(field);
    expect((caught as Error).message).toContain(field);
  });

  it('rejects a body that is not an object', () => {
    expect(() => parseWhatsappWebhook(null)).toThrow(WebhookPayloadError);
    expect(() => parseWhatsappWebhook([])).toThrow(WebhookPayloadError);
  });
});
