import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

// Headless Chromium cannot answer the host-permission prompt the options page shows at sign-in.
// End-to-end builds (SIDEDESK_E2E=1) grant the local test server up front, so the request
// resolves at once; production builds grant nothing until the user allows their server.
const e2eHosts =
  process.env.SIDEDESK_E2E === '1' ? { host_permissions: ['http://localhost/*', 'http://127.0.0.1/*'] } : {};

// The extension. Entrypoints only wire; logic lives in utils/, components/ and core/.
export default defineConfig({
  // SIDEDESK_OUT_DIR lets parallel end-to-end runs build side by side without clobbering each other.
  outDir: process.env.SIDEDESK_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // The server is a separate program that shares core/ only.
  manifest: {
    name: 'Sidedesk',
    description: 'Customer conversations in the side panel, next to your CRM.',
    permissions: ['storage', 'alarms', 'sidePanel', 'notifications', 'activeTab', 'scripting', 'contextMenus'],
    // The Sidedesk server's origin is requested at sign-in, not granted up front.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Open Sidedesk' },
    // Page context: look the selected phone number or email up (the menu entry's twin).
    commands: {
      'find-in-sidedesk': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Find the selected phone number or email in Sidedesk',
      },
    },
    ...e2eHosts,
  },
  vite: () => ({
    plugins: [tailwindcss()],
  }),
});
