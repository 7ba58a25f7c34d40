// The workspace's page-context settings from the synced copy. A copy synced before the switch
// existed holds no value: the server's default (on) applies until the next sync brings the real one.
import type { SidedeskDb } from '@/utils/db';
import type { Settings } from '@/core/model';

export interface PageContextSettings {
  enabled: boolean;
  defaultCountry: string | null;
}

export function toPageContextSettings(settings: Partial<Settings> | null | undefined): PageContextSettings {
  return { enabled: settings?.pageContext !== false, defaultCountry: settings?.defaultCountry ?? null };
}

export async function pageContextSettings(db: SidedeskDb): Promise<PageContextSettings> {
  return toPageContextSettings(await db.settings.get('workspace'));
}
