// The AI switches and setup in the settings, and the quick replies, through the API on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AiSetup } from '../../core/api/ai';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { syncFor } from '../testing/lifecycleHelpers';
import { describeOnBothDatabases } from '../testing/testDatabases';

const SETUP: AiSetup = {
  chat: { kind: 'openai', host: 'llm.test', model: 'small-chat' },
  transcription: { kind: 'local', installed: true },
};

describeOnBothDatabases('AI settings and quick replies', (kind) => {
  let t: TestServer;
  let admin: SignedIn, ana: SignedIn, ben: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind, { ai: { setup: SETUP } });
    admin = await t.signIn({ role: 'admin' });
    ana = await t.signIn({ name: 'Ana' });
    ben = await t.signIn({ name: 'Ben' });
  });
  afterAll(() => t.close());

  const setSettings = async (body: object) => {
    const result = await t.call('PATCH', '/v1/settings', { token: admin.token, body });
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    return result.body;
  };

  it('publishes the AI routes and their schemas in the OpenAPI document', async () => {
    const doc = await t.call('GET', '/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/quick-replies',
        '/v1/quick-replies/{id}',
        '/v1/conversations/{id}/summary',
        '/v1/conversations/{id}/suggestions',
        '/v1/messages/{id}/transcription',
      ]),
    );
    for (const schema of ['Summary', 'QuickReply', 'AiSetup', 'Transcript', 'FlowForm'])
      expect(doc.body.components.schemas).toHaveProperty(schema);
  });

  describe('settings', () => {
    it('every agent reads the AI switches (all off, English) and the server’s AI setup', async () => {
      const result = await t.call('GET', '/v1/settings', { token: ana.token });
      expect(result.status).toBe(200);
      expect(result.body).toEqual({
        settings: expect.objectContaining({
          summaryAndSuggestions: false,
          transcribeVoiceNotes: false,
          botAnswersVoiceNotes: false,
          botPrompt: '',
          workspaceLanguage: 'en',
        }),
        ai: SETUP,
      });
    });

    it('an admin switches them; agents receive them through sync; an agent gets 403 even with a bad body', async () => {
      const cursor = (await syncFor(t, ana)).cursor;
      const body = await setSettings({ summaryAndSuggestions: true, botPrompt: 'Be brief.', workspaceLanguage: 'es' });
      expect(body.ai).toEqual(SETUP);
      expect(body.settings).toMatchObject({
        summaryAndSuggestions: true,
        transcribeVoiceNotes: false,
        botPrompt: 'Be brief.',
        workspaceLanguage: 'es',
        autoCloseDays: 23,
      });
      const synced = (await syncFor(t, ana, cursor)).changes.filter((c) => c.type === 'settings');
      expect(synced.map((c) => c.data)).toEqual([body.settings]);

      for (const patch of [{ transcribeVoiceNotes: true }, { transcribeVoiceNotes: 'yes' }]) {
        const refused = await t.call('PATCH', '/v1/settings', { token: ana.token, body: patch });
        expect(refused.status).toBe(403);
      }
      await setSettings({ summaryAndSuggestions: false, botPrompt: '', workspaceLanguage: 'en' });
    });

    it('refuses bad AI values with 400 naming the field, and keeps the old ones', async () => {
      const before = (await t.call('GET', '/v1/settings', { token: admin.token })).body.settings;
      const cases: [unknown, RegExp][] = [
        [{ summaryAndSuggestions: 'on' }, /^summaryAndSuggestions: /],
        [{ workspaceLanguage: 'fr' }, /^workspaceLanguage: /],
        [{ botPrompt: 'x'.repeat(4001) }, /^botPrompt: /],
        [{ botAnswersVoiceNotes: null }, /^botAnswersVoiceNotes: /],
      ];
      for (const [body, message] of cases) {
        const result = await t.call('PATCH', '/v1/settings', { token: admin.token, body });
        expect(result.status, JSON.stringify(body)).toBe(400);
        expect(result.body.error.message).toMatch(message);
      }
      expect((await t.call('GET', '/v1/settings', { token: admin.token })).body.settings).toEqual(before);
    });
  });

  describe('quick replies', () => {
    it('an admin creates, replaces and deletes them; every agent receives each step through sync', async () => {
      const cursor = (await syncFor(t, ana)).cursor;
      const created = await t.call('POST', '/v1/quick-replies', {
        token: admin.token,
        body: { title: ' Opening hours ', text: 'We are open 9 to 5.', tags: ['hours'] },
      });
      expect(created.status).toBe(201);
      const { quickReply } = created.body;
      expect(quickReply).toMatchObject({ title: 'Opening hours', text: 'We are open 9 to 5.', tags: ['hours'] });

      const listed = await t.call('GET', '/v1/quick-replies', { token: ben.token });
      expect(listed.body.quickReplies).toEqual([quickReply]);
      const received = (await syncFor(t, ben, cursor)).changes.filter((c) => c.type === 'quickReply');
      expect(received.map((c) => c.data)).toEqual([quickReply]);

      const replaced = await t.call('PUT', `/v1/quick-replies/${quickReply.id}`, {
        token: admin.token,
        body: { title: 'Hours', text: 'Open 9–17, Monday to Friday.' },
      });
      expect(replaced.body.quickReply).toEqual({
        id: quickReply.id,
        title: 'Hours',
        text: 'Open 9–17, Monday to Friday.',
        tags: [],
      });
      const afterReplace = (await syncFor(t, ana, cursor)).changes.filter((c) => c.type === 'quickReply');
      expect(afterReplace.map((c) => c.data)).toEqual([replaced.body.quickReply]);

      const mid = (await syncFor(t, ana)).cursor;
      expect((await t.call('DELETE', `/v1/quick-replies/${quickReply.id}`, { token: admin.token })).status).toBe(204);
      expect((await syncFor(t, ana, mid)).changes).toContainEqual(
        expect.objectContaining({ type: 'remove', data: { entity: 'quickReply', id: quickReply.id } }),
      );
      expect((await t.call('GET', '/v1/quick-replies', { token: ana.token })).body.quickReplies).toEqual([]);
    });

    it('agents get 403 before their body is looked at; unknown ids 404; bad bodies 400', async () => {
      const good = { title: 'T', text: 'x' };
      for (const [method, path, body] of [
        ['POST', '/v1/quick-replies', good],
        ['POST', '/v1/quick-replies', { title: '' }],
        ['PUT', '/v1/quick-replies/nope', {}],
        ['DELETE', '/v1/quick-replies/nope', undefined],
      ] as const) {
        const result = await t.call(method, path, { token: ana.token, body });
        expect(result.status, `${method} ${path}`).toBe(403);
        expect(result.body.error.code).toBe('forbidden');
      }
      expect((await t.call('PUT', '/v1/quick-replies/nope', { token: admin.token, body: good })).status).toBe(404);
      expect((await t.call('DELETE', '/v1/quick-replies/nope', { token: admin.token })).status).toBe(404);
      const bad = await t.call('POST', '/v1/quick-replies', { token: admin.token, body: { title: 'T', text: '  ' } });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/^text: /);
      expect((await t.call('GET', '/v1/quick-replies')).status).toBe(401);
    });
  });
});
