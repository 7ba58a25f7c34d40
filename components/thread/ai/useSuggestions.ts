import { useCallback, useEffect, useRef, useState } from 'react';
import type { SuggestionsResponse } from '@/core/api/ai';
import { aiErrorText } from '@/utils/ai/aiErrorText';
import { sendMessage } from '@/utils/messaging/protocol';

export interface SuggestionsState {
  result: SuggestionsResponse | null;
  busy: boolean;
  error: string | null;
}

/**
 * Asks the background for suggestions; `ask(true)` asks for others, excluding those on screen. Only
 * the latest request's answer is shown, and none after the thread closed.
 */
export function useSuggestions(conversationId: string) {
  const [state, setState] = useState<SuggestionsState>({ result: null, busy: false, error: null });
  const latest = useRef(0);
  useEffect(() => () => void (latest.current += 1), []);

  const ask = useCallback(
    async (others: boolean) => {
      const request = ++latest.current;
      const exclude = others ? (state.result?.suggestions.map((s) => s.text) ?? []) : [];
      setState((s) => ({ ...s, busy: true, error: null }));
      try {
        const result = await sendMessage('suggest', { conversationId, exclude });
        if (request === latest.current) setState({ result, busy: false, error: null });
      } catch (err) {
        if (request === latest.current) setState((s) => ({ ...s, busy: false, error: aiErrorText(err) }));
      }
    },
    [conversationId, state.result],
  );
  const dismiss = useCallback(() => {
    latest.current += 1;
    setState({ result: null, busy: false, error: null });
  }, []);
  return { ...state, ask, dismiss };
}
