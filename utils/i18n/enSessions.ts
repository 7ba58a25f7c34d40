// The options page's Sessions section and the admin's "End sessions" action.
export const enSessions = {
  title: 'Sessions',
  hint: 'Where you are signed in. End a session you no longer use, such as one on a lost laptop.',
  thisBrowser: 'This browser',
  unknownBrowser: 'Unknown browser',
  on: (browser: string, system: string) => `${browser} on ${system}`,
  lastActive: (when: string) => `Last active ${when}`,
  end: 'End',
  endOf: (label: string, when: string) => `End the session of ${label}, last active ${when}`,
  loading: 'Loading sessions…',
  failed: (reason: string) => `Could not change the sessions: ${reason}`,
  admin: {
    endAll: 'End sessions',
    endAllOf: (name: string) => `Sign ${name} out everywhere`,
    ended: (n: number) => (n === 1 ? 'Signed out of 1 session.' : `Signed out of ${n} sessions.`),
  },
};
