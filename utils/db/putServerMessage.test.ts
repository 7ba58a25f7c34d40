import { describe, expect, it } from 'vitest';
import { fakeMessage } from '@/core/testing/fakes';
import { freshDb } from '@/utils/testing/fakes';
import { putServerMessage } from './putServerMessage';

const agentMessage = (status: 'sent' | 'delivered' | 'read' | 'failed') =>
  fakeMessage({ author: 'agent', agentId: 'ag_ana', clientId: 'client-1', status });

describe('putServerMessage forward', () => {
  it('keeps a read message read when an older copy says failed', async () => {
    const db = freshDb();
    await db.transaction('rw', [db.messages, db.outbox], async () => {
      await putServerMessage(db, agentMessage('read'), 'forward');
      await putServerMessage(db, agentMessage('failed'), 'forward');
    });
    expect((await db.messages.get('ms_1'))?.status).toBe('read');
  });
  it('lets failed replace sent, and not the other way round', async () => {
    const db = freshDb();
    await db.transaction('rw', [db.messages, db.outbox], async () => {
      await putServerMessage(db, agentMessage('sent'), 'forward');
      await putServerMessage(db, agentMessage('failed'), 'forward');
      await putServerMessage(db, agentMessage('sent'), 'forward');
    });
    expect((await db.messages.get('ms_1'))?.status).toBe('failed');
  });
});
