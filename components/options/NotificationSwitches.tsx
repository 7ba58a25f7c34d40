// Every agent's two notification switches, kept on this device (utils/prefs/notificationPrefs.ts);
// the background reads them before it notifies.
import { useEffect, useState } from 'react';
import { t } from '@/utils/i18n';
import { getNotificationPrefs, setNotificationPrefs, type NotificationPrefs } from '@/utils/prefs/notificationPrefs';

const SWITCHES: { key: keyof NotificationPrefs; label: () => string }[] = [
  { key: 'newConversations', label: () => t.admin.notifications.newConversations },
  { key: 'myConversationMessages', label: () => t.admin.notifications.myMessages },
];

export function NotificationSwitches() {
  const [prefs, setPrefs] = useState<NotificationPrefs | null>(null);
  useEffect(() => {
    void getNotificationPrefs().then(setPrefs);
  }, []);
  const toggle = async (key: keyof NotificationPrefs) => {
    if (!prefs) return;
    setPrefs(await setNotificationPrefs({ [key]: !prefs[key] }));
  };
  return (
    <section data-testid="notification-switches" className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
      <h2 className="mb-3 font-semibold text-zinc-900">{t.admin.notifications.title}</h2>
      <ul className="space-y-3">
        {SWITCHES.map(({ key, label }) => (
          <li key={key} className="flex items-center justify-between gap-4">
            <span id={`notify-${key}-label`} className="text-zinc-700">
              {label()}
            </span>
            <button
              type="button"
              role="switch"
              aria-checked={prefs?.[key] ?? true}
              aria-labelledby={`notify-${key}-label`}
              data-testid={`notify-${key}`}
              disabled={!prefs}
              onClick={() => void toggle(key)}
              className={`relative inline-flex h-5 w-9 shrink-0 rounded-full transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 ${
                (prefs?.[key] ?? true) ? 'bg-indigo-600' : 'bg-zinc-300'
              }`}
            >
              <span
                className={`absolute top-0.5 h-4 w-4 rounded-full bg-white shadow transition-transform ${(prefs?.[key] ?? true) ? 'translate-x-4' : 'translate-x-0.5'}`}
              />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
