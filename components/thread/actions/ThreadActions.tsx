import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { mayAct } from '@/core/mayAct';
import type { Agent, Conversation } from '@/core/model';
import { t } from '@/utils/i18n';
import { MoreIcon } from '../../common/icons';
import type { PanelActions } from '../../sidepanel/usePanelActions';
import { CloseDialog } from './CloseDialog';
import { TransferDialog } from './TransferDialog';

type Open = null | 'menu' | { close: 'positive' | 'negative' } | { pick: 'transfer' | 'assign' };

interface Props {
  conversation: Conversation;
  me: Agent;
  agents: Map<string, Agent>;
  actions: PanelActions;
  /** After a transfer the conversation is someone else's: back to the inbox (the toast confirms). */
  onLeave?: () => void;
}

/**
 * The thread's "…" menu: close (positive / negative, confirmed), transfer, and for admins assign.
 * Shown when core's `mayAct` lets the viewer close (the assignee or an admin, while open), the rule
 * the server enforces.
 * Marked as the "close" shortcut's target (c opens it).
 */
export function ThreadActions({ conversation: c, me, agents, actions, onLeave }: Props) {
  const [open, setOpen] = useState<Open>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const isAdmin = me.role === 'admin';
  useEffect(() => {
    if (open === 'menu') menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);
  if (!mayAct(c, me, 'close').ok) return null;

  const s = t.lifecycle.actions;
  const items: { id: string; label: string; run: () => void }[] = [
    ...(c.assigneeId !== null
      ? [
          { id: 'close-positive', label: s.closePositive, run: () => setOpen({ close: 'positive' }) },
          { id: 'close-negative', label: s.closeNegative, run: () => setOpen({ close: 'negative' }) },
        ]
      : []),
    ...(c.assigneeId !== null ? [{ id: 'transfer', label: s.transfer, run: () => setOpen({ pick: 'transfer' }) }] : []),
    ...(isAdmin ? [{ id: 'assign', label: s.assign, run: () => setOpen({ pick: 'assign' }) }] : []),
  ];
  const focusItem = (delta: number) => {
    const buttons = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[(at + delta + buttons.length) % buttons.length]?.focus();
  };
  const onItemKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      focusItem(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      setOpen(null);
    }
  };
  const candidates = [...agents.values()].filter((a) => a.active && a.id !== c.assigneeId);

  return (
    <div className="relative">
      <button
        type="button"
        data-testid="thread-actions"
        data-shortcut-target="close"
        aria-label={s.menu}
        aria-haspopup="menu"
        aria-expanded={open === 'menu'}
        onClick={() => setOpen(open === 'menu' ? null : 'menu')}
        className="rounded-md p-1.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-500"
      >
        <MoreIcon />
      </button>
      {open === 'menu' && (
        <div
          ref={menuRef}
          role="menu"
          aria-label={s.menu}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen((o) => (o === 'menu' ? null : o));
          }}
          className="absolute right-0 top-full z-20 mt-1 w-48 overflow-hidden rounded-lg bg-white py-1 shadow-lg ring-1 ring-zinc-200"
        >
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              data-testid={`action-${item.id}`}
              onClick={item.run}
              onKeyDown={onItemKeyDown}
              className={`block w-full px-3 py-1.5 text-left text-[12.5px] hover:bg-zinc-100 focus:bg-zinc-100 focus:outline-none ${
                item.id === 'close-negative' ? 'text-rose-700' : 'text-zinc-800'
              }`}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
      {open !== null && open !== 'menu' && 'close' in open && (
        <CloseDialog
          type={open.close}
          onConfirm={() => actions.close(c.id, open.close)}
          onClose={() => setOpen(null)}
        />
      )}
      {open !== null && open !== 'menu' && 'pick' in open && (
        <TransferDialog
          mode={open.pick}
          me={me}
          agents={candidates}
          onSubmit={async (agentId, note, name) => {
            const transfer = open.pick === 'transfer' || agentId === null;
            const ok = transfer
              ? await actions.transfer(c.id, agentId, note, name)
              : await actions.assign(c.id, agentId, name);
            if (ok && transfer) onLeave?.();
            return ok;
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
