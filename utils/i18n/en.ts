// Every string the UI shows, in one place so Spanish can follow as a second file of this shape.
import type { InboxName, Layout } from '@/core/inbox';
import type { Channel, MessageAuthor } from '@/core/model';
import type { SyncStatus } from '@/utils/db';
import type { InsertFailure } from '@/utils/messaging/protocol';

export const en = {
  appName: 'Sidedesk',
  sync: {
    signed_out: 'Signed out',
    connecting: 'Connecting',
    live: 'Live',
    reconnecting: 'Reconnecting',
    offline: 'Offline',
    error: 'Sync error',
  } satisfies Record<SyncStatus, string>,
  layout: { label: 'Inbox layout', classic: 'Classic', beta: 'Beta' } satisfies Record<Layout | 'label', string>,
  inboxes: { new: 'New', active: 'Active', expired: 'Expired', outgoing: 'Outgoing' } satisfies Record<InboxName, string>,
  inboxTabsLabel: 'Inboxes',
  channels: { whatsapp: 'WhatsApp', messenger: 'Messenger', instagram: 'Instagram' } satisfies Record<Channel, string>,
  authors: { customer: 'Customer', agent: 'Agent', bot: 'Bot', system: 'System' } satisfies Record<MessageAuthor, string>,
  list: {
    label: 'Conversations',
    loading: 'Loading conversations…',
    emptyTitle: 'Nothing waiting',
    emptyBody: 'New conversations show up here as soon as customers write.',
    unread: (n: number) => `${n} unread`,
    noPreview: 'No messages yet',
  },
  time: {
    now: 'now',
    minutes: (n: number) => `${n}m`,
    hours: (n: number) => `${n}h`,
    days: (n: number) => `${n}d`,
    yesterday: 'Yesterday',
    today: 'Today',
    left: (span: string) => `${span} left`,
    agoLong: (span: string) => `${span} ago`,
    spanLong: { minutes: (n: number) => `${n} min`, hours: (n: number) => `${n} h`, days: (n: number) => `${n} d` },
  },
  thread: {
    back: 'Back to conversations',
    take: 'Take',
    taking: 'Taking…',
    takeHint: 'This conversation is waiting in the New queue.',
    loading: 'Loading messages…',
    empty: 'No messages in this conversation yet.',
    unsupported: (type: string) => `Customer sent a ${type} — not supported yet`,
    insert: 'Insert into page',
    inserted: 'Inserted into the page',
    retry: 'Retry',
    failed: 'Not delivered',
    status: {
      sending: 'Sending',
      pending: 'Queued',
      sent: 'Sent',
      delivered: 'Delivered',
      read: 'Read',
      failed: 'Failed',
    },
    notFound: 'This conversation is no longer in your inbox.',
  },
  insertFailures: {
    no_editable_focus: 'Click into a field on the page first',
    no_tab: 'Open the page you want to write into first',
    unreachable: "Sidedesk can't reach this page. Reload it and try again.",
  } satisfies Record<InsertFailure, string>,
  composer: {
    label: 'Reply',
    placeholder: 'Write a reply… (Enter to send, Shift+Enter for a new line)',
    send: 'Send',
    takeFirst: 'Take this conversation to reply',
    assignedElsewhere: (name: string) => `Assigned to ${name}. Only they can reply.`,
    closed: 'This conversation is closed.',
    windowClosed: (windowLabel: string, ago: string) =>
      `The ${windowLabel} window closed ${ago} ago. Only templates can be sent.`,
    neverWrote: "The customer hasn't written yet. Only templates can be sent.",
    window24h: '24-hour',
    window7d: '7-day',
    humanAgentTag: (left: string) => `Sent with the human-agent tag · ${left}`,
  },
  banners: {
    offline: "You're offline. Replies are kept and sent when the connection returns.",
    reconnecting: 'Reconnecting to the server…',
    dismiss: 'Dismiss',
  },
  signedOut: {
    title: "You're signed out",
    body: 'Connect Sidedesk to your server to see your conversations.',
    action: 'Sign in',
  },
  crash: { title: 'Something went wrong', reload: 'Reload' },
  options: {
    title: 'Sidedesk settings',
    subtitle: 'Connect the side panel to your Sidedesk server.',
    serverUrl: 'Server URL',
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signOut: 'Sign out',
    signedInAs: (name: string, email: string) => `Signed in as ${name} (${email})`,
    server: (url: string) => `Server: ${url}`,
    openPanelHint: 'Click the Sidedesk icon in the toolbar to open the side panel.',
    errors: {
      badUrl: 'Enter a server URL starting with http:// or https://',
      permissionRefused: 'Sidedesk needs permission to reach that server. Sign in again and choose Allow.',
      wrongPassword: 'Wrong email or password.',
      unreachable: (url: string) => `Can't reach the server at ${url}. Check the URL and that the server is running.`,
      generic: (message: string) => `Sign-in failed: ${message}`,
    },
  },
  errors: {
    conflict: 'Someone else took this conversation.',
    generic: (message: string) => message,
  },
};

export type Strings = typeof en;
