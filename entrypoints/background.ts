import { defineBackground } from 'wxt/utils/define-background';
import { defaultBackgroundDeps, startBackground } from '@/utils/background';

// Wiring only: sync, outbox, messaging and the badge live in utils/background.
export default defineBackground(() => {
  // The worker's lifetime is the owner: nothing aborts it before Chrome stops the worker.
  startBackground(defaultBackgroundDeps(), new AbortController().signal);
});
