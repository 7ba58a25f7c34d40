// What must be known before the bot's turn on one customer message, worked out outside any
// transaction (the chat model takes seconds): a voice note's answer from the model, or whether a
// text asks for a person (with a chat model, by classification; a tap, or a text that plainly
// answers the step waiting, needs none). `wait`: the voice note's
// transcript is not ready; the transcription job queues the turn again when it is. Never waits for
// what cannot come (nothing here transcribes, the file was given up): the note goes on untranscribed.
import { plainlyAnswers } from '../../core/bot/plainlyAnswers';
import type { Message, Settings } from '../../core/model';
import type { AiChat } from '../ai/chatJson';
import { buildAsksForPersonPrompt, buildBotVoicePrompt, type BotVoiceOutput } from '../ai/prompts/buildBotPrompt';
import { transcriptText } from '../ai/wiring/toPromptContext';
import type { Log } from '../log';
import type { Queryable } from '../store/db';
import type { StoredBotState } from '../store/repos/botStates';
import { findFlowVersion, loadBotRun } from '../store/repos/botSettings';
import { listSummaryMessages } from '../store/repos/summaries';

export type Prepared =
  | { kind: 'wait' }
  | { kind: 'voice'; transcript: string | null; answer: BotVoiceOutput | null }
  | { kind: 'text'; asksForPerson: boolean | undefined }
  | { kind: 'plain' };

export interface PrepareDeps {
  db: Queryable;
  chat: AiChat | null;
  /** Whether anything on this server can transcribe (else no transcript will ever come). */
  canTranscribe: boolean;
  log: Log;
}

/** The bot answers voice notes with the model: on WhatsApp, with the switch on and a chat model. */
export const answersVoice = (channel: string, settings: Settings, chat: AiChat | null) =>
  channel === 'whatsapp' && settings.botAnswersVoiceNotes && chat !== null;

/** Without a chat model nothing needs the network: a voice note on WhatsApp cannot be listened to. */
export function withoutModel(message: Message, channel: string): Prepared {
  return message.kind === 'audio' && channel === 'whatsapp'
    ? { kind: 'voice', transcript: null, answer: null }
    : { kind: 'plain' };
}

export async function prepareTurn(
  deps: PrepareDeps,
  input: { message: Message & { replyId: string | null }; channel: string; settings: Settings; state: StoredBotState },
): Promise<Prepared> {
  const { message, settings, state } = input;
  const aiOn = answersVoice(input.channel, settings, deps.chat);
  if (message.kind === 'audio' && input.channel === 'whatsapp') {
    if (!aiOn) return { kind: 'voice', transcript: null, answer: null };
    const status = message.transcript?.status;
    if (status === 'failed' || (status !== 'done' && neverTranscribed(deps, message))) {
      return { kind: 'voice', transcript: null, answer: null };
    }
    if (status !== 'done') return { kind: 'wait' };
    const transcript = transcriptText(message)!;
    return { kind: 'voice', transcript, answer: await answerVoice(deps, settings, state, transcript, message) };
  }
  // A tapped button or list row is a choice, not words to classify: no model call for it.
  if (!aiOn || message.kind !== 'text' || message.replyId || message.text.trim() === '') return { kind: 'plain' };
  if (state.stepId !== null) {
    const { flow, fields } = await loadBotRun(deps.db, state.flowVersion);
    if (flow && plainlyAnswers(flow, state.stepId, message.text, fields)) return { kind: 'text', asksForPerson: false };
  }
  try {
    const { asksForPerson } = await deps.chat!.json(buildAsksForPersonPrompt(message.text));
    return { kind: 'text', asksForPerson };
  } catch (error) {
    // The keywords decide when the model cannot.
    deps.log('bot classification failed', { messageId: message.id, error: String(error) });
    return { kind: 'text', asksForPerson: undefined };
  }
}

/** No transcript will come: no engine, or no file to transcribe (its download was given up). */
const neverTranscribed = (deps: PrepareDeps, message: Message) =>
  !deps.canTranscribe || (message.transcript == null && message.media?.failure === 'gave_up');

async function answerVoice(
  deps: PrepareDeps,
  settings: Settings,
  state: StoredBotState,
  transcript: string,
  message: Message,
): Promise<BotVoiceOutput | null> {
  try {
    const [flow, messages] = await Promise.all([
      findFlowVersion(deps.db, state.flowVersion),
      listSummaryMessages(deps.db, message.conversationId),
    ]);
    const waiting = flow?.steps.find((s) => s.id === state.stepId);
    return await deps.chat!.json(
      buildBotVoicePrompt({
        botPrompt: settings.botPrompt,
        workspaceLanguage: settings.workspaceLanguage,
        messages: messages.filter((m) => m.id !== message.id).map((m) => ({ ...m, transcript: transcriptText(m) })),
        waitingFor: waiting && 'text' in waiting ? waiting.text : null,
        collected: state.asked,
        transcript,
      }),
    );
  } catch (error) {
    // Without the model's answer the transcript still follows the flow like text.
    deps.log('bot voice answer failed', { messageId: message.id, error: String(error) });
    return null;
  }
}
