import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from './DbContext';

export interface AiSwitches {
  summaryAndSuggestions: boolean;
  transcribeVoiceNotes: boolean;
}

/** The admin's AI switches from the synced settings; all off while unknown (off means off). */
export function useAiSwitches(): AiSwitches {
  const db = useDb();
  const settings = useLiveQuery(() => db.settings.get('workspace'), [db]);
  return {
    summaryAndSuggestions: settings?.summaryAndSuggestions === true,
    transcribeVoiceNotes: settings?.transcribeVoiceNotes === true,
  };
}
