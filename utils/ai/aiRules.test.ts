import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLanguage } from '@/utils/i18n';
import { ApiClientError } from '@/utils/api';
import { aiErrorText, transcriptFailureText } from './aiErrorText';
import { describeAiSetup } from './describeAiSetup';
import { suggestionsStale } from './staleness';
import { countSummaryMessages, messagesMissing } from './summaryRule';

const msg = (
  id: string,
  author: 'customer' | 'agent' | 'bot' | 'system',
  createdAt: number,
  status: string | null = null,
) => ({
  id,
  author,
  createdAt,
  status,
});

describe('the 5-message rule, counted as the server counts', () => {
  it('counts what the customer, agents and the bot said; not system lines, not replies still in the outbox', () => {
    const thread = [
      msg('a', 'customer', 1),
      msg('b', 'system', 2),
      msg('c', 'bot', 3),
      msg('d', 'agent', 4, 'delivered'),
      msg('e', 'agent', 5, 'failed'),
      msg('f', 'agent', 6, 'sending'),
    ];
    expect(countSummaryMessages(thread)).toBe(4);
    expect(messagesMissing(4)).toBe(1);
    expect(messagesMissing(5)).toBe(0);
    expect(messagesMissing(12)).toBe(0);
  });
});

describe('stale suggestions', () => {
  const thread = [msg('m1', 'customer', 100), msg('m2', 'agent', 200), msg('m3', 'customer', 300)];

  it('are fresh while the newest customer message is the one they answer, whatever agents wrote since', () => {
    expect(suggestionsStale('m3', thread)).toBe(false);
    expect(suggestionsStale('m3', [...thread, msg('m4', 'agent', 400)])).toBe(false);
  });

  it('go stale when the customer wrote after their base, also within the same second', () => {
    expect(suggestionsStale('m1', thread)).toBe(true);
    expect(suggestionsStale('m3', [...thread, msg('m3b', 'customer', 300)])).toBe(true);
  });

  it('made with no customer message go stale with the first one; an unknown (newer) base is not stale', () => {
    expect(suggestionsStale(null, [msg('m2', 'agent', 200)])).toBe(false);
    expect(suggestionsStale(null, thread)).toBe(true);
    expect(suggestionsStale('not-synced-yet', thread)).toBe(false);
  });
});

describe('AI failures in words', () => {
  afterEach(() => setActiveLanguage('en'));

  it('words each code the summary and suggestions can answer, in both languages', () => {
    for (const code of ['too_few_messages', 'ai_unavailable', 'ai_bad_output', 'offline', 'feature_off'] as const) {
      const err = new ApiClientError(422, code, 'server sentence');
      const en = aiErrorText(err);
      setActiveLanguage('es');
      const es = aiErrorText(err);
      setActiveLanguage('en');
      expect(en).not.toContain('server sentence');
      expect(es).not.toBe(en);
    }
    expect(aiErrorText({ code: 'offline', message: "Can't reach" })).toMatch(/offline/i);
  });

  it("falls back to the server's sentence for other codes, never to a prototype's property", () => {
    expect(aiErrorText(new ApiClientError(403, 'forbidden', 'Not your conversation'))).toContain(
      'Not your conversation',
    );
    expect(aiErrorText({ code: 'constructor', message: 'odd' })).toContain('odd');
  });

  it('words every transcript failure code, and gives an unknown one a general sentence', () => {
    const codes = ['engine_not_installed', 'unsupported_audio', 'ai_unavailable', 'ai_bad_output', 'media_unavailable'];
    const words = codes.map(transcriptFailureText);
    expect(new Set(words).size).toBe(codes.length);
    expect(transcriptFailureText('something_new')).toBe('Something unexpected went wrong on the server.');
    expect(transcriptFailureText(null)).toBe('Something unexpected went wrong on the server.');
    expect(transcriptFailureText('toString')).toBe('Something unexpected went wrong on the server.');
    setActiveLanguage('es');
    expect(transcriptFailureText('engine_not_installed')).toContain('no está instalado');
  });
});

describe("the server's AI setup in words", () => {
  it('names the host and model of an OpenAI-compatible provider, the local engine, or none', () => {
    expect(
      describeAiSetup({
        chat: { kind: 'openai', host: 'llm.internal:11434', model: 'llama3.1' },
        transcription: { kind: 'local', installed: true },
      }),
    ).toEqual({
      chat: 'OpenAI-compatible at llm.internal:11434, model llama3.1',
      transcription: 'Local (pocketsphinx, English, low accuracy)',
    });
    expect(describeAiSetup({ chat: { kind: 'none' }, transcription: { kind: 'local', installed: false } })).toEqual({
      chat: 'None configured',
      transcription: 'Local engine not installed',
    });
    expect(
      describeAiSetup({
        chat: { kind: 'none' },
        transcription: { kind: 'openai', host: 'api.openai.com', model: 'whisper-1' },
      }).transcription,
    ).toBe('OpenAI-compatible at api.openai.com, model whisper-1');
  });
});
