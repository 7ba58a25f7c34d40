import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '@/utils/content/startContentScript';

// Declared on every web page (not injected on demand with activeTab): the side panel stays open
// while the agent moves between tabs, and activeTab is only granted by a toolbar click on the
// tab itself, which an agent working in the panel never makes. Top frame only for now.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    startContentScript(document, controller.signal);
  },
});
