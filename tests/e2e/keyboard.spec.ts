// The side panel without the mouse: move, open, take, reply, back, switch inbox, the help overlay,
// and the whole panel switched to Spanish from that overlay.
import { expect, test, type Page } from '@playwright/test';
import { launchExtension, startServer, type ExtensionBrowser, type RunningServer } from './harness';
import { conversationItem, customerWrites, openSidePanel, screenshot, signIn } from './agentFlow';

let server: RunningServer;
let ana: ExtensionBrowser;

test.beforeAll(async () => {
  server = await startServer();
  ana = await launchExtension();
  await signIn(ana.context, ana.extensionId, server.url, 'ana@sidedesk.demo');
});

test.afterAll(async () => {
  await ana?.close();
  await server?.stop();
});

const focusedRow = (panel: Page) => panel.locator('[data-testid="conversation-item"]:focus');

test('an agent works the inbox from the keyboard alone, then switches the panel to Spanish', async () => {
  const phone = await ana.context.newPage();
  await phone.goto(`${server.url}/simulator`);
  await customerWrites(phone, { name: 'Diego Paz', phone: '5491155550202' }, 'Necesito cambiar mi pedido');
  // Meta's timestamps are whole seconds: Marta writes in a later one, so Diego has waited longer.
  await phone.waitForTimeout(1_050 - (Date.now() % 1_000));
  await customerWrites(phone, { name: 'Marta Ruiz', phone: '5491155550201' }, 'Hola, ¿siguen abiertos?');

  const panel = await openSidePanel(ana.context, ana.extensionId);
  await expect(conversationItem(panel, 'Diego Paz')).toBeVisible();
  await expect(conversationItem(panel, 'Marta Ruiz')).toBeVisible();

  // j/k and arrows move the highlight (the focused row). New is a queue, longest waiting first:
  // the demo's John (25 min) and Maria (4 min), then Diego, then Marta.
  await panel.keyboard.press('j');
  await expect(focusedRow(panel)).toContainText('John Carter');
  await panel.keyboard.press('j');
  await expect(focusedRow(panel)).toContainText('Maria Souza');
  await panel.keyboard.press('j');
  await expect(focusedRow(panel)).toContainText('Diego Paz');
  await panel.keyboard.press('j');
  await expect(focusedRow(panel)).toContainText('Marta Ruiz');
  await panel.keyboard.press('ArrowUp');
  await expect(focusedRow(panel)).toContainText('Diego Paz');
  await panel.keyboard.press('ArrowDown');
  await expect(focusedRow(panel)).toHaveAttribute('aria-current', 'true');
  await screenshot(panel, 'kb-01-list-highlight');

  // Enter opens, t takes, r focuses the composer, Enter sends.
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('thread-title')).toHaveText('Marta Ruiz');
  await expect(panel.getByTestId('composer-input')).toBeDisabled();
  await panel.keyboard.press('t');
  await expect(panel.getByTestId('composer-input')).toBeEnabled();
  await panel.keyboard.press('r');
  await expect(panel.getByTestId('composer-input')).toBeFocused();
  // While typing, letters are text, not shortcuts.
  await panel.keyboard.type('Sí, hasta las 20 h. ¿Te ayudo con algo?');
  await expect(panel.getByTestId('thread-title')).toHaveText('Marta Ruiz');
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('message').filter({ hasText: 'hasta las 20 h' })).toHaveCount(1);
  await screenshot(panel, 'kb-02-thread-replied');

  // Esc leaves the composer, the next Esc goes back to the list with the row still highlighted.
  await panel.keyboard.press('Escape');
  await expect(panel.getByTestId('composer-input')).not.toBeFocused();
  await expect(panel.getByTestId('thread-title')).toBeVisible();
  await panel.keyboard.press('Escape');
  await expect(panel.getByTestId('conversation-list')).toBeVisible();

  // 2 switches to Active, where Marta now is; [ goes back to New where Diego still waits.
  await panel.keyboard.press('2');
  await expect(panel.getByTestId('inbox-tab-active')).toHaveAttribute('aria-selected', 'true');
  await expect(conversationItem(panel, 'Marta Ruiz')).toBeVisible();
  await expect(focusedRow(panel)).toHaveCount(0);
  await panel.keyboard.press('j');
  await expect(focusedRow(panel)).toContainText('Marta Ruiz');
  await panel.keyboard.press('[');
  await expect(panel.getByTestId('inbox-tab-new')).toHaveAttribute('aria-selected', 'true');
  await expect(conversationItem(panel, 'Diego Paz')).toBeVisible();
  await expect(conversationItem(panel, 'Marta Ruiz')).toHaveCount(0);

  // t on a highlighted New row takes it without opening it (Diego waits behind the demo's two).
  for (const _ of [1, 2, 3]) await panel.keyboard.press('j');
  await expect(focusedRow(panel)).toContainText('Diego Paz');
  await panel.keyboard.press('t');
  await expect(conversationItem(panel, 'Diego Paz')).toHaveCount(0);
  await panel.keyboard.press(']');
  await expect(conversationItem(panel, 'Diego Paz')).toBeVisible();

  // ? lists every shortcut from the one table; Esc closes it.
  await panel.keyboard.press('?');
  const overlay = panel.getByTestId('help-overlay');
  await expect(overlay).toBeVisible();
  await expect(overlay.locator('[data-shortcut]')).toHaveCount(12);
  await screenshot(panel, 'kb-03-help-overlay');
  await panel.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);

  // Spanish, chosen in the overlay, applies at once; the open list keeps its place.
  await panel.keyboard.press('?');
  await panel.getByTestId('language-select').selectOption('es');
  await expect(overlay.getByRole('heading')).toHaveText('Atajos de teclado');
  await screenshot(panel, 'kb-04-help-es');
  await panel.keyboard.press('Escape');
  await expect(panel.getByTestId('inbox-tab-new')).toContainText('Nuevas');
  await expect(panel.getByTestId('inbox-tab-active')).toContainText('Activas');
  await screenshot(panel, 'kb-05-inbox-es');
  await panel.keyboard.press('j');
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('composer-input')).toHaveAttribute('placeholder', /Escribe una respuesta/);
  await screenshot(panel, 'kb-06-thread-es');

  // The choice is stored: a new panel opens in Spanish.
  const again = await openSidePanel(ana.context, ana.extensionId);
  await expect(again.getByTestId('inbox-tab-new')).toContainText('Nuevas');
});
