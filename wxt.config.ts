import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

// The extension. Entrypoints only wire; logic lives in utils/, components/ and core/.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // The server is a separate program that shares core/ only.
  manifest: {
    name: 'Sidedesk',
    description: 'Customer conversations in the side panel, next to your CRM.',
    permissions: ['storage', 'alarms', 'sidePanel', 'notifications', 'activeTab', 'scripting'],
    // The Sidedesk server's origin is requested at sign-in, not granted up front.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Open Sidedesk' },
  },
  vite: () => ({
    plugins: [tailwindcss()],
  }),
});
