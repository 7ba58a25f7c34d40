// Search answers come in pages; a conversation whose activity moved between two page requests can
// come back on the next page too: it is shown once, where it was first seen.
import type { SearchPage } from '@/core/api/search';
import type { Conversation } from '@/core/model';

export function appendPage(shown: Conversation[], page: SearchPage): Conversation[] {
  const seen = new Set(shown.map((c) => c.id));
  return [...shown, ...page.conversations.filter((c) => !seen.has(c.id))];
}
