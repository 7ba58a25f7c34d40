// The summary without a chat model: what the customer answered, nothing written. The bot's
// question/answer pairs join here when the bot exists (next issue); today there are none.
import type { SummaryMaker } from '../http/aiDeps';
import { formAnswersOf } from '../flows/flowAnswers';

export const makeCollectedSummary: SummaryMaker = async (input) => ({
  botAnswers: [],
  formAnswers: formAnswersOf(input.messages, input.fieldDefinitions),
  written: null,
  engine: 'collected_only',
  model: null,
  error: null,
});
