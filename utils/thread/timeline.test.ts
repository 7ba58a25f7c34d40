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

describe('mergeTimeline keeps the messages in the order given', () => {
  it('does not re-sort a burst that shares one timestamp second, nor messages whose timestamps go backwards', () => {
    const messages = [
      { id: 'b', createdAt: 1_000 },
      { id: 'a', createdAt: 1_000 },
      { id: 'c', createdAt: 900 },
      { id: 'd', createdAt: 2_000 },
    ];
    const items = mergeTimeline(messages, [note('n', 1_500)]);
    expect(items.map((i) => (i.kind === 'message' ? i.message.id : i.note.id))).toEqual(['b', 'a', 'c', 'n', 'd']);
  });
});
