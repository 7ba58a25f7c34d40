import { beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '@/utils/api';
import type { Campaign } from '@/core/model';
import { NOW } from '@/core/testing/fakes';
import { fakeFetch, json, type Recorded } from '@/utils/testing/fakes';
import { createAdminHandlers } from './adminHandlers';

const tag = { id: 'vip', name: 'VIP', color: '#4f46e5' };
const campaign: Campaign = {
  id: 'cp 1',
  templateId: 'tp_1',
  createdBy: 'ag_ana',
  createdAt: NOW,
  total: 1,
  sent: 0,
  failed: 0,
  status: 'running',
};

describe('admin handlers', () => {
  let calls: Recorded[];
  let route: (req: Recorded) => Response;
  let events: string[];
  let handlers: ReturnType<typeof createAdminHandlers>;

  beforeEach(() => {
    events = [];
    const fake = fakeFetch((req) => {
      events.push(`${req.method} ${req.url.pathname}`);
      return route(req);
    });
    calls = fake.calls;
    const api = createApiClient({ baseUrl: 'http://localhost:8787', token: 'tok', fetch: fake.fetch });
    handlers = createAdminHandlers({ requireApi: async () => api, pullNow: async () => void events.push('pull') });
  });

  it("a write goes out with the worker's session, then the copy catches up before the answer", async () => {
    route = () => json(200, { tag: { ...tag, name: 'Gold' } });
    const answer = await handlers.updateTag({ tagId: 'vip', patch: { name: 'Gold' } });
    expect(answer.tag.name).toBe('Gold');
    expect(calls[0].body).toEqual({ name: 'Gold' });
    expect(events).toEqual(['PATCH /v1/tags/vip', 'pull']);
  });

  it("a refused write fails with the server's message and does not sync", async () => {
    route = () => json(403, { error: { code: 'forbidden', message: 'Admins only' } });
    await expect(handlers.deleteTag({ tagId: 'vip' })).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Admins only',
    });
    expect(events).toEqual(['DELETE /v1/tags/vip']);
  });

  it("reading a campaign's recipients does not sync", async () => {
    route = () => json(200, { campaign, recipients: [] });
    expect(await handlers.campaignRecipients({ campaignId: 'cp 1' })).toEqual({ campaign, recipients: [] });
    expect(events).toEqual(['GET /v1/campaigns/cp%201/recipients']);
  });

  it('lists dead letters without syncing; a replay catches the copy up (its messages are new)', async () => {
    const letter = {
      id: 'dl 1',
      channel: 'whatsapp' as const,
      error: 'entry[0].changes: Invalid input',
      receivedAt: NOW,
      replayedAt: null,
      size: 120,
      excerpt: '{"object":',
    };
    route = () => json(200, { deadLetters: [letter] });
    expect(await handlers.listDeadLetters(undefined)).toEqual({ deadLetters: [letter] });
    route = () => json(200, { deadLetter: { ...letter, replayedAt: NOW + 1 } });
    expect((await handlers.replayDeadLetter({ deadLetterId: 'dl 1' })).deadLetter.replayedAt).toBe(NOW + 1);
    expect(events).toEqual(['GET /v1/dead-letters', 'POST /v1/dead-letters/dl%201/replay', 'pull']);
  });
});
