import { describe, expect, it } from 'vitest';
import { RUN_GAP_MS, runPlace, showsFooter } from './runs';
import type { TimelineItem } from './timeline';

const T0 = new Date(2026, 0, 10, 12, 0, 0).getTime();
type M = { author: string; agentId?: string | null; createdAt: number; status?: string };
const msg = (author: string, at: number, extra: Partial<M> = {}): TimelineItem<M> => ({
  kind: 'message',
  at,
  message: { author, createdAt: at, ...extra },
});

describe('message runs', () => {
  it('a burst from one author shows one time label, under its last message', () => {
    const items = [msg('customer', T0), msg('customer', T0 + 1000), msg('customer', T0 + 2000)];
    expect(items.map((_, i) => showsFooter(items, i))).toEqual([false, false, true]);
    expect(items.map((_, i) => runPlace(items, i).first)).toEqual([true, false, false]);
  });

  it('a new author, a different agent, a note or a long pause starts a new run', () => {
    const note: TimelineItem<M> = {
      kind: 'note',
      at: T0 + 3000,
      note: { id: 'n', conversationId: 'c', agentId: 'a', text: 'x', createdAt: T0 + 3000 },
    } as unknown as TimelineItem<M>;
    const items = [
      msg('customer', T0),
      msg('agent', T0 + 1000, { agentId: 'ana' }),
      msg('agent', T0 + 2000, { agentId: 'ben' }),
      note,
      msg('agent', T0 + 4000, { agentId: 'ben' }),
      msg('agent', T0 + 4000 + RUN_GAP_MS + 1, { agentId: 'ben' }),
    ];
    expect(items.map((_, i) => runPlace(items, i).last)).toEqual([true, true, true, true, true, true]);
  });

  it('a reply whose delivery differs from the next one keeps its own ticks', () => {
    const items = [
      msg('agent', T0, { agentId: 'ana', status: 'failed' }),
      msg('agent', T0 + 1000, { agentId: 'ana', status: 'read' }),
      msg('agent', T0 + 2000, { agentId: 'ana', status: 'read' }),
    ];
    expect(items.map((_, i) => showsFooter(items, i))).toEqual([true, false, true]);
  });
});
