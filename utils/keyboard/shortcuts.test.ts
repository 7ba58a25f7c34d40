import { describe, expect, it } from 'vitest';
import { en } from '@/utils/i18n/en';
import { es } from '@/utils/i18n/es';
import { inboxForKey, matchShortcut, moveCursor, SHORTCUTS } from './shortcuts';

const press = (
  key: string,
  target: 'text' | 'control' | 'other' = 'other',
  mods: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {},
) => matchShortcut({ key, target, ...mods });

describe('shortcut table', () => {
  it('gives every key one meaning where it works (the list, or a thread), counting those that work anywhere', () => {
    for (const scope of ['list', 'thread'] as const) {
      const keys = SHORTCUTS.filter((s) => s.scope === scope || s.scope === 'anywhere').flatMap((s) => s.keys);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it("gives 1-3 to a thread's suggestions when the thread handles them, to the inbox tabs otherwise", () => {
    const thread = SHORTCUTS.filter((s) => s.scope !== 'list');
    expect(matchShortcut({ key: '2', target: 'other' }, thread)).toEqual({ id: 'useSuggestion', key: '2' });
    expect(matchShortcut({ key: 's', target: 'other' }, thread)?.id).toBe('suggest');
    // Typing a digit in the reply box is typing.
    expect(matchShortcut({ key: '2', target: 'text' }, thread)).toBeNull();
    const list = SHORTCUTS.filter((s) => s.scope !== 'thread');
    expect(matchShortcut({ key: '2', target: 'other' }, list)).toEqual({ id: 'inbox', key: '2' });
    expect(matchShortcut({ key: 's', target: 'other' }, list)).toBeNull();
  });

  it('has a description in every language for every shortcut (the help overlay renders from it)', () => {
    for (const s of SHORTCUTS) {
      expect(en.keyboard.shortcuts[s.id]).toBeTruthy();
      expect(es.keyboard.shortcuts[s.id]).toBeTruthy();
    }
  });

  it('maps the keys of the brief', () => {
    expect(press('j')?.id).toBe('next');
    expect(press('ArrowDown')?.id).toBe('next');
    expect(press('k')?.id).toBe('prev');
    expect(press('ArrowUp')?.id).toBe('prev');
    expect(press('Enter')?.id).toBe('open');
    expect(press('Escape')?.id).toBe('back');
    expect(press('r')?.id).toBe('reply');
    expect(press('t')?.id).toBe('take');
    expect(press('c')?.id).toBe('close');
    expect(press('2')).toEqual({ id: 'inbox', key: '2' });
    expect(press('[')?.id).toBe('prevInbox');
    expect(press(']')?.id).toBe('nextInbox');
    expect(press('/')?.id).toBe('search');
    expect(press('?')?.id).toBe('help');
    expect(press('x')).toBeNull();
  });

  it('never fires while typing, except Esc', () => {
    for (const key of ['j', 'k', 'r', 't', 'c', '1', '/', '?', 'Enter', 'ArrowDown'])
      expect(press(key, 'text'), key).toBeNull();
    expect(press('Escape', 'text')?.id).toBe('back');
  });

  it('leaves Enter on a button to the button, and modified keys to the browser', () => {
    expect(press('Enter', 'control')).toBeNull();
    expect(press('j', 'control')?.id).toBe('next');
    expect(press('r', 'other', { ctrlKey: true })).toBeNull();
    expect(press('k', 'other', { metaKey: true })).toBeNull();
    expect(press('1', 'other', { altKey: true })).toBeNull();
  });
});

describe('list movement', () => {
  const ids = ['a', 'b', 'c'];
  it('starts at the top going down, at the bottom going up, and clamps at the ends', () => {
    expect(moveCursor(ids, null, 'next')).toBe('a');
    expect(moveCursor(ids, null, 'prev')).toBe('c');
    expect(moveCursor(ids, 'a', 'next')).toBe('b');
    expect(moveCursor(ids, 'c', 'next')).toBe('c');
    expect(moveCursor(ids, 'a', 'prev')).toBe('a');
    expect(moveCursor(ids, 'gone', 'next')).toBe('a');
    expect(moveCursor([], null, 'next')).toBeNull();
  });

  it('switches inbox by number and steps with wrap-around', () => {
    const inboxes = ['active', 'expired', 'outgoing'] as const;
    expect(inboxForKey(inboxes, 'active', { id: 'inbox', key: '3' })).toBe('outgoing');
    expect(inboxForKey(['new', 'active'], 'new', { id: 'inbox', key: '3' })).toBeNull();
    expect(inboxForKey(inboxes, 'outgoing', { id: 'nextInbox', key: ']' })).toBe('active');
    expect(inboxForKey(inboxes, 'active', { id: 'prevInbox', key: '[' })).toBe('outgoing');
    expect(inboxForKey(inboxes, 'active', { id: 'next', key: 'j' })).toBeNull();
  });
});
