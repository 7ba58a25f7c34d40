// The automatic summaries (transfer, Flows answer, bot handoff): after the commit, asked for only
// when the switch is on and the conversation has enough messages; otherwise nothing happens, and
// nothing that happens here can fail the action that triggered it.
import { MIN_MESSAGES_FOR_SUMMARY } from '../../core/api/ai';
import type { AiServices, SummaryRequest } from '../http/aiDeps';
import type { Log } from '../log';
import type { Queryable } from '../store/db';
import { getSettings } from '../store/repos/settings';
import { countSummaryMessages } from '../store/repos/summaries';

export async function triggerSummary(
  deps: { db: Queryable; log: Log; requestSummary: AiServices['requestSummary'] },
  request: SummaryRequest,
): Promise<void> {
  try {
    const [settings, count] = await Promise.all([
      getSettings(deps.db),
      countSummaryMessages(deps.db, request.conversationId),
    ]);
    if (!settings.summaryAndSuggestions || count < MIN_MESSAGES_FOR_SUMMARY) return;
    await deps.requestSummary(request);
  } catch (error) {
    deps.log('automatic summary failed', {
      conversationId: request.conversationId,
      trigger: request.trigger,
      error: String(error),
    });
  }
}
