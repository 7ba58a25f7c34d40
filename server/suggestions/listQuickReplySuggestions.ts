// The stand-in suggestion maker until the real one is wired (ranking or chat model, server/ai):
// the workspace's quick replies in their listed order, none already on screen, at most three.
// Honest about what it is: engine `quick_replies`, each naming the quick reply it is.
import type { SuggestionMaker } from '../http/aiDeps';

export const SUGGESTION_COUNT = 3;

export const listQuickReplySuggestions: SuggestionMaker = async (input) => ({
  engine: 'quick_replies',
  suggestions: input.quickReplies
    .filter((reply) => !input.exclude.includes(reply.text))
    .slice(0, SUGGESTION_COUNT)
    .map((reply) => ({ text: reply.text, source: { quickReplyId: reply.id, title: reply.title } })),
});
