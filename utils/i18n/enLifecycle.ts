// Notes, closing, transfer, assign, search and the horizon (English). Spanish: esLifecycle.ts.
import type { InboxName } from '@/core/inbox';

export const enLifecycle = {
  tabs: { label: 'Thread tools', notes: 'Notes', notesCount: (n: number) => `Notes (${n})` },
  notes: {
    empty: 'No notes yet. Notes are private: the customer never sees them.',
    label: 'Private note',
    placeholder: 'Write a private note… (Ctrl+Enter to save)',
    save: 'Save note',
    saving: 'Saving…',
    byline: (name: string, time: string) => `Private note · ${name} · ${time}`,
    someone: 'An agent',
    hidden: 'Only agents see this',
  },
  actions: {
    menu: 'Conversation actions',
    closePositive: 'Close as positive',
    closeNegative: 'Close as negative',
    transfer: 'Transfer…',
    assign: 'Assign…',
    confirmTitle: (kind: string) => `Close this conversation as ${kind}?`,
    confirmBody: 'It leaves the inboxes. If the customer writes again, a new conversation starts in New.',
    positive: 'positive',
    negative: 'negative',
    confirm: 'Close conversation',
    cancel: 'Cancel',
    closed: 'Conversation closed',
  },
  transfer: {
    title: 'Transfer conversation',
    assignTitle: 'Assign conversation',
    to: 'To',
    backToNew: 'Back to the New queue',
    choose: 'Choose an agent',
    note: 'Note for whoever picks it up (optional)',
    submit: 'Transfer',
    assign: 'Assign',
    you: (name: string) => `${name} (you)`,
    done: (name: string) => `Transferred to ${name}`,
    doneNew: 'Back in the New queue',
    assigned: (name: string) => `Assigned to ${name}`,
  },
  status: {
    positive: 'Closed · positive',
    negative: 'Closed · negative',
    automatic: 'Closed automatically',
  },
  search: {
    label: 'Search conversations',
    placeholder: 'Search name, phone or message  /',
    clear: 'Clear search',
    searching: 'Searching…',
    none: (q: string) => `No conversations match “${q}”.`,
    results: (n: number) => (n === 1 ? '1 conversation' : `${n} conversations`),
    old: 'Older than 30 days',
    closed: 'Closed',
    failed: (message: string) => `Search failed: ${message}`,
  },
  remote: {
    banner: 'Not in your inboxes: a read-only copy from the server.',
    loading: 'Loading from the server…',
    failed: (message: string) => `Couldn't load this conversation: ${message}`,
  },
  /** Each inbox's empty state says what that inbox holds. */
  inboxEmpty: {
    new: { title: 'Nothing waiting', body: 'New conversations show up here as soon as customers write.' },
    active: {
      title: 'No active conversations',
      body: 'Conversations you take from New, or that are transferred to you, show up here.',
    },
    expired: {
      title: 'Nothing expired',
      body: 'Your conversations whose 24-hour reply window closed show up here. They can only get a template.',
    },
    outgoing: {
      title: 'Nothing outgoing',
      body: 'Conversations where you sent a template show up here until the customer answers.',
    },
  } satisfies Record<InboxName, { title: string; body: string }>,
};
