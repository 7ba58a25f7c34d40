// The inbox's tag filter: one choice for every inbox tab, kept for the panel's session (it
// outlives opening a thread and coming back, and a reload of the panel).
import { useSyncExternalStore } from 'react';

const KEY = 'sidedesk.tagFilter';
const listeners = new Set<() => void>();

function load(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

let current = load();

export function setTagFilter(tagId: string | null): void {
  current = tagId;
  try {
    if (tagId === null) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, tagId);
  } catch {
    // Storage refused: the filter still holds until the panel closes.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function useTagFilter(): [string | null, (tagId: string | null) => void] {
  return [useSyncExternalStore(subscribe, () => current), setTagFilter];
}
