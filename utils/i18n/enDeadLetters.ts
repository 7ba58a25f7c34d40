// The options page's dead letters section (English). Spanish: esDeadLetters.ts.
export const enDeadLetters = {
  title: 'Undelivered webhooks',
  hint: 'Messages from Meta the server could not store. They are kept here; replay one once the cause is fixed.',
  empty: 'None: every webhook was stored.',
  refresh: 'Refresh',
  replay: 'Replay',
  replaying: 'Replaying…',
  replayed: (when: string) => `Stored on replay, ${when}`,
  waiting: 'Not stored yet',
  received: (when: string) => `Received ${when}`,
  size: (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`),
};
