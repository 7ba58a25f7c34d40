// Import reads the template list through the Graph API: here the simulator's stand-in, reached by
// the same fetch the server uses for Meta.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sendWhatsappMessage } from '../channels/whatsapp/sendWhatsappMessage';
import { ChannelSendError } from '../channels/types';
import { simulatorGraphUrl } from '../simulator/index';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases('template import from the Graph API', (kind) => {
  let t: TestServer;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await createTestServer(kind, { loopbackFetch: true });
    admin = await t.signIn({ role: 'admin' });
    // The test channel plays the simulated business number, so the stand-in answers for it.
    await t.store.db.query('UPDATE channels SET graph_url = $1, simulated = true WHERE id = $2', [
      simulatorGraphUrl('http://sidedesk.test'),
      t.channel.id,
    ]);
  });
  afterAll(() => t.close());

  it('asks for the business account id once, imports the approved templates and lists the rest with why', async () => {
    const missing = await t.call('POST', '/v1/templates/import', { token: admin.token, body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/^wabaId: /);

    const first = await t.call('POST', '/v1/templates/import', {
      token: admin.token,
      body: { wabaId: '200000000000001' },
    });
    expect(first.status).toBe(200);
    expect(first.body.imported).toBe(3);
    expect(first.body.skipped).toEqual([{ name: 'spring_sale (en_US)', reason: 'not approved (pending)' }]);
    expect(first.body.templates.map((x: any) => [x.name, x.language, x.category, x.paramCount])).toEqual([
      ['appointment_reminder', 'es', 'utility', 3],
      ['follow_up', 'en_US', 'marketing', 1],
      ['order_update', 'en_US', 'utility', 2],
    ]);
    // Remembered: no id needed again, and nothing changed means nothing imported.
    const again = await t.call('POST', '/v1/templates/import', { token: admin.token });
    expect(again.body.imported).toBe(0);
    expect(again.body.templates).toHaveLength(3);
  });

  it('a Graph refusal is a 502 upstream with Meta’s reason, and the wrong account id is not remembered', async () => {
    const refused = await t.call('POST', '/v1/templates/import', { token: admin.token, body: { wabaId: '999999999' } });
    expect(refused.status).toBe(502);
    expect(refused.body.error).toMatchObject({
      code: 'upstream',
      message: expect.stringContaining("Object with ID '999999999' does not exist"),
    });
    expect((await t.call('POST', '/v1/templates/import', { token: admin.token })).status).toBe(200);
  });

  it('the stand-in takes Meta’s template payload, shows the rendered text on the phone, and refuses what Meta refuses', async () => {
    const channel = { ...t.channel, graphUrl: simulatorGraphUrl('http://sidedesk.test'), simulated: true };
    const fetchVia = ((input: string, init?: RequestInit) => t.app.request(input, init)) as unknown as typeof fetch;
    const template = {
      kind: 'template' as const,
      name: 'order_update',
      language: 'en_US',
      params: ['Sheena', '#1234'],
      text: '',
    };
    await sendWhatsappMessage(channel, '16505551234', template, fetchVia);
    const thread = (await t.call('GET', `/simulator/api/thread?channel=${channel.externalId}&phone=16505551234`)).body;
    expect(thread.messages.map((m: { text: string }) => m.text)).toEqual([
      'Hi Sheena, your order #1234 is on its way.',
    ]);

    await expect(
      sendWhatsappMessage(channel, '16505551234', { ...template, params: ['only one'] }, fetchVia),
    ).rejects.toMatchObject({ code: 'meta_132000' });
    const unknown = sendWhatsappMessage(channel, '16505551234', { ...template, name: 'never_approved' }, fetchVia);
    await expect(unknown).rejects.toBeInstanceOf(ChannelSendError);
    await expect(unknown).rejects.toMatchObject({ code: 'meta_132001' });
  });
});
