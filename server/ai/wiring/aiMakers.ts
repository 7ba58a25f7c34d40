// The summary and suggestion makers the server runs: the chat model's when one is configured,
// otherwise the collected answers alone and the quick replies ranked against the customer's
// last message. The routes check the switches before any maker runs.
import type { SuggestionMaker, SummaryMaker } from '../../http/aiDeps';
import { makeCollectedSummary } from '../../summaries/makeCollectedSummary';
import type { AiChat } from '../chatJson';
import { buildSuggestionsPrompt, resolveSuggestionSources } from '../prompts/buildSuggestionsPrompt';
import { buildSummaryPrompt } from '../prompts/buildSummaryPrompt';
import { rankQuickReplies } from '../rankQuickReplies';
import { toPromptContext, transcriptText } from './toPromptContext';

export function createSummaryMaker(chat: AiChat | null): SummaryMaker {
  if (!chat) return makeCollectedSummary;
  return async (input) => {
    const collected = await makeCollectedSummary(input);
    const written = await chat.json(buildSummaryPrompt(toPromptContext(input)));
    return { ...collected, written, engine: 'chat_model', model: chat.model };
  };
}

export function createSuggestionMaker(chat: AiChat | null): SuggestionMaker {
  if (!chat) return rankedQuickReplies;
  return async (input) => {
    const prompt = buildSuggestionsPrompt({
      ...toPromptContext(input),
      quickReplies: input.quickReplies,
      exclude: input.exclude,
    });
    const output = await chat.json(prompt);
    const titles = new Map(input.quickReplies.map((reply) => [reply.id, reply.title]));
    return {
      engine: 'chat_model',
      suggestions: resolveSuggestionSources(output.suggestions, input.quickReplies).map(({ text, quickReplyId }) => ({
        text,
        source: quickReplyId ? { quickReplyId, title: titles.get(quickReplyId) ?? '' } : null,
      })),
    };
  };
}

export const rankedQuickReplies: SuggestionMaker = async (input) => {
  const last = input.messages.filter((message) => message.author === 'customer').at(-1);
  const query = last ? (last.kind === 'audio' ? (transcriptText(last) ?? '') : last.text) : '';
  return {
    engine: 'quick_replies',
    suggestions: rankQuickReplies(input.quickReplies, query, { exclude: input.exclude }).map(({ quickReply }) => ({
      text: quickReply.text,
      source: { quickReplyId: quickReply.id, title: quickReply.title },
    })),
  };
};
