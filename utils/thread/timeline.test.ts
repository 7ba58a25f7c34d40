import { describe, expect, it } from 'vitest';
import { fakeNote } from '@/core/testing/fakes';
import { mergeTimeline } from './timeline';

const note = (id: string, createdAt: number) =>
  fakeNote({ id, conversationId: 'c', agentId: 'a', text: id, createdAt });

describe('mergeTimeline', () => {
  it('interleaves notes with messages by time; a message stays before a note of the same moment', () => {
    const messages = [
      { id: 'm1', createdAt: 10 },
      { id: 'm2', createdAt: 30 },
    ];
    const items = mergeTimeline(messages, [note('n2', 30), note('n1', 20), note('n0', 5)]);
    expect(items.map((i) => (i.kind === 'message' ? i.message.id : i.note.id))).toEqual(['n0', 'm1', 'n1', 'm2', 'n2']);
  });
});
