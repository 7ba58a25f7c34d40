// Benchmarks sign in the way an admin does: through the extension's options page.
import type { ExtensionBrowser } from '../tests/e2e/harness';

export async function signInAdmin(browser: ExtensionBrowser, serverUrl: string): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByTestId('server-url').fill(serverUrl);
  await options.getByTestId('email').fill('admin@sidedesk.demo');
  await options.getByTestId('password').fill('sidedesk');
  await options.getByTestId('sign-in').click();
  await options.getByTestId('signed-in-as').waitFor();
}
