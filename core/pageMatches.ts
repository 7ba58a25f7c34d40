// Which of the customers a page names comes first: pure, so the server's order is tested alone.
import type { ContactMatch } from './api/pageContext';

/**
 * Best match first: the customer the page names most (a CRM record lists one person's phone and
 * email), then one with a current conversation, then the one whose value appears first on the page,
 * then recent activity.
 */
export function rankContactMatches(matches: ContactMatch[], pageOrder: string[]): ContactMatch[] {
  const position = new Map(pageOrder.map((value, i) => [value, i] as const));
  const firstSeen = (m: ContactMatch) => Math.min(...m.matched.map((v) => position.get(v) ?? pageOrder.length));
  return [...matches].sort(
    (a, b) =>
      b.matched.length - a.matched.length ||
      Number(b.current !== null) - Number(a.current !== null) ||
      firstSeen(a) - firstSeen(b) ||
      b.latest.lastActivityAt - a.latest.lastActivityAt ||
      a.contact.id.localeCompare(b.contact.id),
  );
}
