// Notes, transfer and closing end to end: a simulated customer writes, Ana takes the conversation
// and writes a private note (it shows in her thread as a note, and the phone never receives it),
// transfers it to Ben with a note, Ben sees it in Active with both notes, closes it as positive and
// it leaves his inbox; search still finds it, marked closed.
import { expect, test } from '@playwright/test';
import { launchExtension, startServer, type ExtensionBrowser, type RunningServer } from './harness';
import { conversationItem, customerWrites, openSidePanel, screenshot, signIn } from './agentFlow';

let server: RunningServer;
let ana: ExtensionBrowser;
let ben: ExtensionBrowser;

test.beforeAll(async () => {
  server = await startServer();
  [ana, ben] = await Promise.all([launchExtension(), launchExtension()]);
  await signIn(ana.context, ana.extensionId, server.url, 'ana@sidedesk.demo');
  await signIn(ben.context, ben.extensionId, server.url, 'ben@sidedesk.demo');
});

test.afterAll(async () => {
  await Promise.all([ana?.close(), ben?.close()]);
  await server?.stop();
});

test('a private note never reaches the phone; a transfer carries a note to Ben; Ben closes it and it leaves his inbox', async () => {
  const anaPanel = await openSidePanel(ana.context, ana.extensionId);
  const benPanel = await openSidePanel(ben.context, ben.extensionId);
  const phone = await ana.context.newPage();
  await phone.goto(`${server.url}/simulator`);
  const customer = { name: 'Nora Lindqvist', phone: '46701234567' };
  await customerWrites(phone, customer, 'My order #5521 arrived broken');

  // Ana takes it from New.
  await anaPanel.getByTestId('inbox-tab-new').click();
  await conversationItem(anaPanel, customer.name).click();
  await anaPanel.getByTestId('take-button').click();
  await expect(anaPanel.getByTestId('composer-input')).toBeEnabled();

  // A private note from the Notes tab, saved with Ctrl+Enter.
  const phoneMessages = phone.locator('li.msg');
  const countBefore = await phoneMessages.count();
  const noteText = 'Customer is upset: offer a refund, not a replacement';
  await anaPanel.getByTestId('thread-tab-notes').click();
  await anaPanel.getByTestId('note-input').fill(noteText);
  await anaPanel.getByTestId('note-input').press('Control+Enter');
  const inline = anaPanel.getByTestId('thread-note').filter({ hasText: noteText });
  await expect(inline).toBeVisible();
  await expect(inline.getByTestId('note-byline')).toContainText('Private note · Ana');
  await expect(anaPanel.getByTestId('notes-panel-item').filter({ hasText: noteText })).toBeVisible();
  await expect(anaPanel.getByTestId('note-input')).toHaveValue('');
  await screenshot(anaPanel, '01-ana-private-note');

  // A reply sent after the note reaches the phone; the note, written first, never did.
  const reply = "I'm sorry! Let me check that for you.";
  await anaPanel.getByTestId('composer-input').fill(reply);
  await anaPanel.getByTestId('composer-input').press('Enter');
  await expect(phone.locator('li.msg[data-from="business"]', { hasText: reply })).toBeVisible();
  await expect(phone.locator('li.msg', { hasText: noteText })).toHaveCount(0);
  await expect(phoneMessages).toHaveCount(countBefore + 1);
  await phone.setViewportSize({ width: 400, height: 720 });
  await screenshot(phone, '02-phone-without-note');

  // Transfer to Ben with a note, from the thread's actions menu.
  await anaPanel.getByTestId('thread-actions').click();
  await anaPanel.getByTestId('action-transfer').click();
  await anaPanel.getByTestId('transfer-target').selectOption({ label: 'Ben' });
  const handover = 'Ben: refund approved by the manager, please process it';
  await anaPanel.getByTestId('transfer-note').fill(handover);
  await screenshot(anaPanel, '03-ana-transfer-dialog');
  await anaPanel.getByTestId('transfer-submit').click();
  await expect(anaPanel.getByTestId('toast')).toContainText('Transferred to Ben');
  // Ana is back in her inbox, and loses it there within one sync.
  await expect(anaPanel.getByTestId('back-button')).toHaveCount(0);
  await anaPanel.getByTestId('inbox-tab-active').click();
  await expect(conversationItem(anaPanel, customer.name)).toHaveCount(0);

  // Ben finds it in Active, with Ana's note and the handover note inline.
  await benPanel.getByTestId('inbox-tab-active').click();
  await conversationItem(benPanel, customer.name).click();
  await expect(benPanel.getByTestId('thread-note')).toHaveCount(2);
  await expect(benPanel.getByTestId('thread-note').filter({ hasText: handover })).toBeVisible();
  await expect(benPanel.getByTestId('thread-note').filter({ hasText: noteText })).toBeVisible();
  await expect(benPanel.getByTestId('message').filter({ hasText: 'My order #5521 arrived broken' })).toBeVisible();
  await screenshot(benPanel, '04-ben-received-with-notes');

  // Ben closes it as positive (confirmed); it leaves his inbox.
  await benPanel.getByTestId('thread-actions').click();
  await benPanel.getByTestId('action-close-positive').click();
  await screenshot(benPanel, '05-ben-close-confirm');
  await benPanel.getByTestId('close-confirm').click();
  await expect(benPanel.getByTestId('toast')).toContainText('Conversation closed');
  await benPanel.getByTestId('back-button').click();
  await benPanel.getByTestId('inbox-tab-active').click();
  await expect(conversationItem(benPanel, customer.name)).toHaveCount(0);
  await screenshot(benPanel, '06-ben-inbox-after-close');

  // Search still finds it, marked closed; "/" focuses the box.
  await benPanel.keyboard.press('/');
  await expect(benPanel.getByTestId('search-input')).toBeFocused();
  await benPanel.keyboard.type('Lindqvist');
  const result = benPanel.getByTestId('search-result').filter({ hasText: customer.name });
  await expect(result).toBeVisible();
  await expect(result.getByTestId('result-closed')).toHaveText('Closed · positive');
  await screenshot(benPanel, '07-ben-search-closed');

  // Ana answered her before the transfer: her search finds it too, by name and by the phone number
  // typed as people type it.
  const anaSearch = anaPanel.getByTestId('search-input');
  const anaResult = anaPanel.getByTestId('search-result').filter({ hasText: customer.name });
  await anaSearch.fill('Lindqvist');
  await expect(anaResult).toBeVisible();
  await anaSearch.fill('+46 70-123 45 67');
  await expect(anaResult).toBeVisible();
  await screenshot(anaPanel, '08-ana-search-after-transfer');
  await anaSearch.fill('');

  // She comes back: whoever opens the new conversation sees the earlier one, who handled it and
  // how it closed, and reads it.
  await customerWrites(phone, customer, 'The replacement is broken too');
  await anaPanel.getByTestId('inbox-tab-new').click();
  await conversationItem(anaPanel, customer.name).click();
  await expect(anaPanel.getByTestId('earlier-toggle')).toHaveText(/Earlier conversations \(1\)/);
  await anaPanel.getByTestId('earlier-toggle').click();
  const earlier = anaPanel.getByTestId('earlier-conversation');
  await expect(earlier.getByTestId('earlier-outcome')).toHaveText('Closed · positive');
  await expect(earlier).toContainText('Handled by Ana, Ben');
  await screenshot(anaPanel, '09-ana-earlier-conversations');
  await earlier.click();
  const remote = anaPanel.getByTestId('remote-thread');
  await expect(remote.getByTestId('message').filter({ hasText: 'My order #5521 arrived broken' })).toBeVisible();
  await screenshot(anaPanel, '10-ana-earlier-read-only');
  await remote.getByTestId('back-button').click();
  await expect(anaPanel.getByTestId('earlier-toggle')).toBeVisible();
});
