// The customer's phone: one self-contained page (HTML + CSS + the script), no build step.
// Stable ids and labels below are what the Playwright tests drive.
import { PAGE_SCRIPT } from './pageScript';
import { VOICE_SCRIPT } from './pageVoiceScript';
import { INTERACTIVE_SCRIPT } from './pageInteractiveScript';

const STYLE = `
:root { --green: #008069; --bubble-out: #d9fdd3; --bubble-in: #fff; --ink: #111b21; --muted: #667781; --blue: #53bdeb; }
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #e9edef;
  font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
.phone { width: min(390px, 100vw); height: min(780px, 100vh); display: flex; flex-direction: column;
  background: #efeae2; border-radius: 28px; overflow: hidden; box-shadow: 0 12px 40px rgb(0 0 0 / .18); border: 8px solid #111; }
@media (max-width: 420px) { .phone { border-radius: 0; border: 0; height: 100vh; } }
header { background: var(--green); color: #fff; padding: 10px 14px; display: grid; gap: 6px; }
header h1 { margin: 0; font-size: 17px; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
header .sub { font-size: 12px; opacity: .85; }
.pickers { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
.pickers label { display: grid; font-size: 11px; gap: 2px; opacity: .95; }
select, input, textarea, button { font: inherit; }
select { width: 100%; border: 0; border-radius: 6px; padding: 4px 6px; font-size: 13px; color: var(--ink); }
details { font-size: 13px; }
details summary { cursor: pointer; }
#new-customer-form { display: grid; grid-template-columns: 1fr 1fr auto; gap: 6px; margin-top: 6px; }
#new-customer-form input { border: 0; border-radius: 6px; padding: 5px 8px; min-width: 0; }
#new-customer-form button { border: 0; border-radius: 6px; padding: 5px 10px; background: #fff; color: var(--green); font-weight: 600; cursor: pointer; }
.notice { margin: 0; padding: 6px 12px; font-size: 13px; background: #fff3c4; color: #5c4400; }
#sim-error { background: #fde2e1; color: #8a1c1c; }
main { flex: 1; position: relative; min-height: 0; }
#thread { list-style: none; margin: 0; padding: 12px 10px; height: 100%; overflow-y: auto; display: flex; flex-direction: column; gap: 6px; }
#empty-thread { position: absolute; inset: 40% 20px auto; text-align: center; color: var(--muted); font-size: 13px; margin: 0; pointer-events: none; }
.msg { max-width: 80%; padding: 6px 8px 4px; border-radius: 8px; box-shadow: 0 1px .5px rgb(0 0 0 / .13); overflow-wrap: anywhere; }
.msg.customer { align-self: flex-end; background: var(--bubble-out); border-top-right-radius: 2px; }
.msg.business { align-self: flex-start; background: var(--bubble-in); border-top-left-radius: 2px; }
.msg .text { margin: 0; white-space: pre-wrap; }
.msg .meta { display: flex; justify-content: flex-end; gap: 4px; font-size: 11px; color: var(--muted); margin-top: 2px; }
.ticks.read { color: var(--blue); }
.ticks.rejected, .ticks.failed { color: #c62828; font-weight: 700; }
.msg-error { margin: 4px 0 0; font-size: 12px; color: #c62828; }
#composer { display: flex; gap: 8px; padding: 8px; background: #f0f2f5; align-items: flex-end; }
#message-input:focus-visible, select:focus-visible, #new-customer-form input:focus-visible { outline: 2px solid #25d366; outline-offset: 1px; }
#message-input { flex: 1; resize: none; border: 0; border-radius: 20px; padding: 9px 14px; max-height: 120px; background: #fff; }
#send-button { width: 42px; height: 42px; border: 0; border-radius: 50%; background: var(--green); color: #fff; font-size: 18px; cursor: pointer; }
#attach-button { width: 38px; height: 42px; display: grid; place-items: center; font-size: 20px; cursor: pointer; border-radius: 50%; }
#attach-button:hover { background: #e2e5e8; }
#attach-button:focus-within { outline: 2px solid #25d366; }
#voice { position: relative; }
#voice-button { width: 38px; height: 42px; display: grid; place-items: center; border: 0; background: none; cursor: pointer; border-radius: 50%; }
#voice-button:hover { background: #e2e5e8; }
#voice-button:focus-visible, #voice-menu button:focus-visible { outline: 2px solid #25d366; }
#voice-menu { position: absolute; bottom: 48px; left: 0; width: min(320px, 80vw); background: #fff; border-radius: 8px; box-shadow: 0 2px 10px rgb(0 0 0 / .25); padding: 8px; z-index: 2; }
#voice-menu p { margin: 0 0 6px; font-size: 12px; color: var(--muted); }
#voice-menu ul { list-style: none; margin: 0; padding: 0; }
#voice-menu button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 6px; border-radius: 6px; font: inherit; font-size: 13px; cursor: pointer; }
#voice-menu button:hover { background: #f0f2f5; }
#file-input { position: absolute; width: 1px; height: 1px; opacity: 0; }
.attachment { font-size: 13px; margin-bottom: 2px; }
.attachment img { display: block; max-width: 220px; max-height: 200px; border-radius: 6px; }
body[data-kind="messenger"] header { background: linear-gradient(135deg, #0866ff, #a033ff); }
body[data-kind="messenger"] #send-button { background: #0866ff; }
body[data-kind="instagram"] header { background: linear-gradient(45deg, #f9a825, #e1306c 55%, #833ab4); }
body[data-kind="instagram"] #send-button { background: #e1306c; }
#send-button:disabled { background: #9bb; cursor: default; }
.reply-buttons { display: flex; flex-direction: column; gap: 1px; margin: 6px -8px -4px; border-top: 1px solid #e9edef; }
.reply-button { border: 0; background: #fff; color: #027eb5; padding: 8px; font-size: 14px; font-weight: 500; cursor: pointer; }
.reply-buttons .reply-button + .reply-button { border-top: 1px solid #e9edef; }
.reply-button:hover, .list-row:hover { background: #f5f6f6; }
.reply-list { margin: 6px -8px -4px; border-top: 1px solid #e9edef; display: grid; }
.list-rows { list-style: none; margin: 0; padding: 0; border-top: 1px solid #e9edef; }
.list-row { display: block; width: 100%; text-align: left; border: 0; background: #fff; padding: 8px 12px; font-size: 14px; cursor: pointer; border-bottom: 1px solid #f0f2f5; }
.reply-button:focus-visible, .list-row:focus-visible, #flow-form button:focus-visible { outline: 2px solid #25d366; outline-offset: -2px; }
#flow-sheet { position: absolute; inset: 0; background: rgb(0 0 0 / .35); display: flex; align-items: flex-end; z-index: 3; }
#flow-sheet[hidden] { display: none; }
#flow-form { width: 100%; max-height: 90%; overflow-y: auto; background: #fff; border-radius: 14px 14px 0 0; padding: 14px; display: grid; gap: 10px; }
#flow-form h2 { margin: 0; font-size: 16px; }
.flow-field { display: grid; gap: 3px; font-size: 13px; color: var(--muted); }
.flow-field input, .flow-field select, .flow-free input { border: 1px solid #d1d7db; border-radius: 6px; padding: 7px 9px; color: var(--ink); min-width: 0; }
.flow-hint { margin: 0; font-size: 12px; color: var(--muted); }
#flow-fields { display: grid; gap: 10px; }
.flow-free { display: grid; grid-template-columns: 1fr 2fr; gap: 6px; }
.flow-actions { display: flex; gap: 8px; justify-content: flex-end; }
.flow-actions button { border: 0; border-radius: 18px; padding: 8px 16px; font-weight: 600; cursor: pointer; }
#flow-submit { background: var(--green); color: #fff; }
#flow-cancel { background: #f0f2f5; color: var(--ink); }
`;

export function renderPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sidedesk · Customer simulator</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<div class="phone" role="application" aria-label="Customer phone">
  <header>
    <h1 id="customer-title">Customer phone</h1>
    <span class="sub" id="sim-kind">WhatsApp simulator · you are the customer</span>
    <div class="pickers">
      <label>Business<select id="channel-select" aria-label="Business channel"></select></label>
      <label>Customer<select id="customer-select" aria-label="Customer"></select></label>
    </div>
    <details id="new-customer">
      <summary>New customer</summary>
      <form id="new-customer-form" aria-label="New customer">
        <input id="new-customer-name" aria-label="Customer name" placeholder="Name" required maxlength="100">
        <input id="new-customer-phone" aria-label="Customer phone" placeholder="Phone or Messenger/IG id" required inputmode="tel">
        <button id="new-customer-add" type="submit">Add</button>
      </form>
    </details>
  </header>
  <p id="no-channel" class="notice" hidden>No simulated channel exists on this server.</p>
  <p id="connection" class="notice" hidden>Reconnecting to the server…</p>
  <p id="sim-error" class="notice" role="alert" hidden></p>
  <main>
    <ul id="thread" role="log" aria-label="Conversation" aria-live="polite"></ul>
    <p id="empty-thread">Write to the business to start the conversation.</p>
    <div id="flow-sheet" hidden>
      <form id="flow-form" aria-labelledby="flow-title">
        <h2 id="flow-title">Form</h2>
        <div id="flow-fields"></div>
        <div class="flow-actions">
          <button id="flow-cancel" type="button">Cancel</button>
          <button id="flow-submit" type="submit" data-testid="sim-flow-submit">Submit</button>
        </div>
      </form>
    </div>
  </main>
  <form id="composer" aria-label="Write a message">
    <label id="attach-button" title="Send a photo, audio or file" aria-label="Attach a photo, audio or file"><svg viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="#54656f" stroke-width="2" stroke-linecap="round" aria-hidden="true"><path d="M21 11.5l-8.6 8.6a5 5 0 01-7.1-7.1l8.6-8.6a3.3 3.3 0 014.7 4.7l-8.6 8.6a1.7 1.7 0 01-2.4-2.4l7.9-7.9"/></svg><input id="file-input" type="file" accept="image/*,audio/*,application/pdf" disabled></label>
    <div id="voice">
      <button id="voice-button" type="button" aria-label="Send a voice note" title="Send a voice note" aria-expanded="false" aria-controls="voice-menu" disabled><svg viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="#54656f" stroke-width="2" stroke-linecap="round" aria-hidden="true"><rect x="9" y="3" width="6" height="11" rx="3"/><path d="M5 11a7 7 0 0014 0M12 18v3"/></svg></button>
      <div id="voice-menu" hidden>
        <p>Send a voice note</p>
        <ul id="voice-samples"></ul>
        <button id="voice-record" type="button" hidden>Record with the microphone</button>
      </div>
    </div>
    <textarea id="message-input" rows="1" aria-label="Message" placeholder="Message" maxlength="4096" disabled></textarea>
    <button id="send-button" type="submit" aria-label="Send" disabled>➤</button>
  </form>
</div>
<script>${PAGE_SCRIPT}</script>
<script>${VOICE_SCRIPT}</script>
<script>${INTERACTIVE_SCRIPT}</script>
</body>
</html>`;
}
