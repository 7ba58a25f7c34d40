import type { Browser } from './types';

export const SYNC_ALARM = 'sidedesk-sync';
/** Chrome clamps store-installed extensions to 30 s; no point asking for less. */
export const SYNC_ALARM_PERIOD_MINUTES = 0.5;

/** A periodic tick for when no side panel is open (short pull, outbox retries). */
export function listenForSyncAlarm(alarms: Browser['alarms'], onTick: () => void, signal: AbortSignal): void {
  void alarms.get(SYNC_ALARM).then((existing) => {
    if (!existing) void alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_ALARM_PERIOD_MINUTES });
  });
  const listener = (alarm: { name: string }) => {
    if (alarm.name === SYNC_ALARM) onTick();
  };
  alarms.onAlarm.addListener(listener);
  signal.addEventListener('abort', () => alarms.onAlarm.removeListener(listener), { once: true });
}
