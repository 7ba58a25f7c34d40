// Suggestions without a chat model: the workspace's quick replies ranked against the customer's
// last message by MiniSearch (BM25+, fuzzy and prefix matching). MiniSearch has no stemmer, for
// Spanish or English: terms are lower-cased, stripped of accents and of the commonest function
// words; prefix matching ("reembolso" finds "reembolsos") and one-typo fuzziness stand in for
// stemming, so "refunds" still finds "refund" but "bought" will not find "buy".
import MiniSearch from 'minisearch';

export interface RankableQuickReply {
  id: string;
  title: string;
  text: string;
  tags?: string[];
}

export interface RankedQuickReply<Q extends RankableQuickReply> {
  quickReply: Q;
  score: number;
}

// Function words that match everything and rank nothing, English and Spanish, accents stripped.
const STOPWORDS = new Set(
  (
    'a an and are as at be but by can do for from have i if in is it me my no not of on or our so that the ' +
    'this to was we what when with you your please hi hello thanks ' +
    'al con de del el ella en es esta este hay la las lo los me mi mis muy no o para pero por que se si su ' +
    'sus te tu un una uno y ya yo hola gracias favor'
  ).split(' '),
);

/** Lower case, no accents (á→a, ñ→n), function words dropped. */
export function normaliseTerm(term: string): string | null {
  const plain = term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
  return plain.length < 2 || STOPWORDS.has(plain) ? null : plain;
}

/**
 * The quick replies that match `lastCustomerMessage`, best first, at most `limit`. Those in
 * `exclude` (by id or by text: the suggestions already on screen) are left out. No match, no
 * entry: an unrelated quick reply is not a suggestion.
 */
export function rankQuickReplies<Q extends RankableQuickReply>(
  quickReplies: Q[],
  lastCustomerMessage: string,
  options: { exclude?: string[]; limit?: number } = {},
): RankedQuickReply<Q>[] {
  const excluded = new Set((options.exclude ?? []).map((s) => s.trim().toLowerCase()));
  const candidates = quickReplies.filter(
    (q) => !excluded.has(q.id.toLowerCase()) && !excluded.has(q.text.trim().toLowerCase()),
  );
  if (!candidates.length || !lastCustomerMessage.trim()) return [];

  const index = new MiniSearch<Q & { tagText: string }>({
    fields: ['title', 'text', 'tagText'],
    processTerm: normaliseTerm,
    searchOptions: {
      boost: { title: 2, tagText: 1.5 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      combineWith: 'OR',
    },
  });
  const byId = new Map(candidates.map((q) => [q.id, q]));
  index.addAll(candidates.map((q) => ({ ...q, tagText: (q.tags ?? []).join(' ') })));
  return index
    .search(lastCustomerMessage)
    .slice(0, options.limit ?? 3)
    .map((result) => ({ quickReply: byId.get(result.id as string)!, score: result.score }));
}
