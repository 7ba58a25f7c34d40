import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSimulatedServer, SIM_IDS, type SimulatedServer } from '../testing/createSimulatedServer';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { buildWhatsappTextWebhook, metaJsonStringify } from './index';

describeOnBothDatabases('the phone lists the customers the server knows', (kind) => {
  let sim: SimulatedServer;
  beforeAll(async () => void (sim = await createSimulatedServer(kind)));
  afterAll(() => sim.close());

  it('a customer who wrote before is on the phone at once, once, beside those added on the phone', async () => {
    // Straight to the webhook, as Meta (or the demo seed) would: the phone's own memory never saw Rosa.
    const customer = { name: 'Rosa Díaz', phone: '573001112233' };
    for (const text of ['Hola', 'Otra vez']) {
      const payload = buildWhatsappTextWebhook({
        phoneNumberId: SIM_IDS.whatsapp,
        customer,
        text,
        at: sim.clock.now(),
      });
      const raw = await sim.app.request('/simulator/api/raw', { method: 'POST', body: metaJsonStringify(payload) });
      expect(raw.status).toBe(200);
    }
    await sim.request('POST', '/simulator/api/customers', { body: { name: 'Nuevo', phone: '573009998877' } });

    const { body } = await sim.request('GET', '/simulator/api/customers');
    expect(body.customers).toEqual([
      { name: 'Rosa Díaz', phone: '573001112233' },
      { name: 'Nuevo', phone: '573009998877' },
    ]);
  });
});
