import { describe, expect, it } from 'vitest';
import { WebhookPayloadError, type EchoEvent, type InboundMessageEvent } from '../types';
import { fixture, fixtureNames } from './testFixtures';
import { parseMessagingWebhook } from './parseMessagingWebhook';

const webhooks = [...fixtureNames('messenger-'), ...fixtureNames('instagram-')].filter(
  (name) => 'object' in fixture(name),
);
const channelOf = (name: string) =>
  (name.startsWith('messenger') ? 'messenger' : 'instagram') as 'messenger' | 'instagram';

const EXPECTED: Record<string, Partial<InboundMessageEvent>> = {
  'messenger-text.json': { kind: 'text', text: 'hello, world!', originalType: null },
  'messenger-audio.json': { kind: 'audio', text: '', originalType: 'audio' },
  'instagram-text.json': { kind: 'text', text: 'Hi! Is the blue dress still available in size M?', originalType: null },
  'instagram-audio.json': { kind: 'audio', text: '', originalType: 'audio' },
};

describe('parseMessagingWebhook on every Messenger and Instagram webhook fixture', () => {
  it('covers every fixture in the table', () => {
    expect(webhooks.length).toBeGreaterThanOrEqual(4);
    expect(webhooks.filter((name) => !(name in EXPECTED))).toEqual([]);
  });

  it.each(webhooks)('%s', (name) => {
    const payload = fixture(name);
    const item = payload.entry[0].messaging[0];
    const events = parseMessagingWebhook(channelOf(name), payload);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'message',
      channel: channelOf(name),
      channelExternalId: item.recipient.id,
      contact: { externalId: item.sender.id, name: '', phone: null },
      externalId: item.message.mid,
      timestamp: item.timestamp,
      ...EXPECTED[name],
    });
    const attachment = item.message.attachments?.[0];
    if (attachment) {
      expect((events[0] as InboundMessageEvent).media).toEqual({
        source: { type: 'url', url: attachment.payload.url },
        mimeType: 'audio/mp4',
        filename: expect.toSatisfy((f: unknown) => f === null || typeof f === 'string'),
        voice: false,
      });
    }
  });
});

describe('parseMessagingWebhook on other shapes', () => {
  const text = (name = 'messenger-text.json') => structuredClone(fixture(name));

  it.each(['messenger', 'instagram'] as const)(
    'reads a %s echo as ours-or-outside, with the customer as the recipient',
    (channel) => {
      const payload = text(`${channel}-text.json`);
      const item = payload.entry[0].messaging[0];
      [item.sender, item.recipient] = [item.recipient, item.sender];
      item.message.is_echo = true;
      const [event] = parseMessagingWebhook(channel, payload) as EchoEvent[];
      expect(event).toMatchObject({
        type: 'echo',
        channelExternalId: item.sender.id,
        contact: { externalId: item.recipient.id },
        externalId: item.message.mid,
        kind: 'text',
      });
    },
  );

  it('turns images, files and videos into media, several attachments into several messages', () => {
    const payload = text();
    const message = payload.entry[0].messaging[0].message;
    delete message.text;
    message.attachments = [
      { type: 'image', payload: { url: 'https://cdn.example/p/photo.jpg?sig=1' } },
      { type: 'file', payload: { url: 'https://cdn.example/f/invoice%20may.pdf' } },
      { type: 'video', payload: { url: 'https://cdn.example/v/clip' } },
      { type: 'sticker', payload: { url: 'https://cdn.example/s/1' } },
    ];
    const events = parseMessagingWebhook('messenger', payload) as InboundMessageEvent[];
    expect(events.map((e) => [e.externalId, e.kind, e.originalType, e.media?.filename ?? null])).toEqual([
      [message.mid, 'image', 'image', 'photo.jpg'],
      [`${message.mid}#1`, 'document', 'file', 'invoice may.pdf'],
      [`${message.mid}#2`, 'document', 'video', null],
      [`${message.mid}#3`, 'unsupported', 'sticker', null],
    ]);
  });

  it('skips deleted messages; keeps unsupported ones; reads receipts as watermarks', () => {
    const payload = text();
    const base = payload.entry[0].messaging[0];
    const { timestamp: _, ...untimed } = base;
    payload.entry[0].messaging = [
      { ...base, message: undefined, read: { watermark: 1 } },
      // Meta's delivery example has no timestamp.
      { ...untimed, message: undefined, delivery: { mids: ['m1'], watermark: 2 } },
      { ...base, message: { mid: 'x1', is_deleted: true } },
      { ...base, message: { mid: 'x2', is_unsupported: true } },
    ];
    const events = parseMessagingWebhook('messenger', payload);
    const receipt = { type: 'watermark', contactExternalId: base.sender.id, channelExternalId: base.recipient.id };
    expect(events).toEqual([
      { ...receipt, channel: 'messenger', status: 'read', watermark: 1, mids: [] },
      { ...receipt, channel: 'messenger', status: 'delivered', watermark: 2, mids: ['m1'] },
      expect.objectContaining({ externalId: 'x2', kind: 'unsupported' }),
    ]);
  });

  it.each([
    ['entry', (p: any) => delete p.entry],
    ['entry[0].messaging[0].sender', (p: any) => delete p.entry[0].messaging[0].sender],
    ['entry[0].messaging[0].timestamp', (p: any) => (p.entry[0].messaging[0].timestamp = 'soon')],
    ['entry[0].messaging[0].message.mid', (p: any) => delete p.entry[0].messaging[0].message.mid],
  ])('names %s when it is malformed', (field, breakIt) => {
    const payload = text();
    breakIt(payload);
    const caught = (() => {
      try {
        parseMessagingWebhook('messenger', payload);
      } catch (error) {
        return error;
      }
    })();
    expect(caught).toBeInstanceOf(WebhookPayloadError);
    expect((caught as WebhookPayloadError).field).toBe(field);
  });

  it('refuses an Instagram body on the Messenger endpoint', () => {
    expect(() => parseMessagingWebhook('messenger', fixture('instagram-text.json'))).toThrow(WebhookPayloadError);
  });
});
