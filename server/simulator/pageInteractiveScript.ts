// The phone's interactive messages from the business (the bot's): reply buttons and list rows to
// tap, and a WhatsApp Flows form to fill in and submit. Each tap or submit goes through the page
// API's POST /messages (`reply` or `form`), which sends the webhook Meta would. Text goes in
// through textContent only: every string is user data.
export const INTERACTIVE_SCRIPT = String.raw`
(() => {
  const $ = (id) => document.getElementById(id);
  const sheet = $('flow-sheet');
  const sheetForm = $('flow-form');
  const sheetFields = $('flow-fields');

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  async function post(extra) {
    try {
      await window.simulator.api('/messages', {
        method: 'POST',
        body: JSON.stringify({ channel: $('channel-select').value, phone: $('customer-select').value, text: '', ...extra }),
      });
      $('sim-error').hidden = true;
    } catch (error) {
      $('sim-error').textContent = error.message;
      $('sim-error').hidden = false;
    }
  }

  const tap = (m, option, list) => post({ reply: { id: option.id, title: option.title, list, context: m.id } });

  function buttons(m, options) {
    const row = el('div', 'reply-buttons');
    for (const option of options) {
      const b = el('button', 'reply-button', option.title);
      b.type = 'button';
      b.dataset.testid = 'sim-reply-button';
      b.addEventListener('click', () => tap(m, option, false));
      row.append(b);
    }
    return row;
  }

  function list(m, interactive) {
    const box = el('div', 'reply-list');
    const open = el('button', 'reply-button', '☰ ' + (interactive.button || 'Options'));
    open.type = 'button';
    open.dataset.testid = 'sim-list-open';
    open.setAttribute('aria-expanded', 'false');
    const rows = el('ul', 'list-rows');
    rows.hidden = true;
    for (const option of interactive.options) {
      const li = el('li');
      const b = el('button', 'list-row', option.title);
      b.type = 'button';
      b.dataset.testid = 'sim-list-row';
      b.addEventListener('click', () => tap(m, option, true));
      li.append(b);
      rows.append(li);
    }
    open.addEventListener('click', () => {
      rows.hidden = !rows.hidden;
      open.setAttribute('aria-expanded', String(!rows.hidden));
    });
    box.append(open, rows);
    return box;
  }

  // The form's fields come with the message when the stand-in knows the Flow; otherwise the
  // customer types answers by key (what a Flow's response_json carries).
  function field(f) {
    const wrap = el('label', 'flow-field');
    wrap.append(el('span', '', f.label || f.name));
    let input;
    if (f.type === 'choice' && f.options && f.options.length) {
      input = el('select');
      for (const o of f.options) input.append(Object.assign(el('option', '', o), { value: o }));
    } else {
      input = el('input');
      input.type = f.type === 'number' ? 'number' : f.type === 'date' ? 'date' : 'text';
    }
    input.name = f.name;
    input.required = true;
    input.dataset.testid = 'sim-flow-field';
    wrap.append(input);
    return wrap;
  }

  function freeField(i) {
    const wrap = el('div', 'flow-free');
    const key = el('input');
    key.placeholder = 'key';
    key.setAttribute('aria-label', 'Answer ' + (i + 1) + ' key');
    key.dataset.role = 'key';
    const value = el('input');
    value.placeholder = 'answer';
    value.setAttribute('aria-label', 'Answer ' + (i + 1));
    value.dataset.role = 'value';
    wrap.append(key, value);
    return wrap;
  }

  let openFlow = null;
  function showForm(m, interactive) {
    openFlow = { m, interactive };
    $('flow-title').textContent = interactive.cta;
    const fields = Array.isArray(interactive.fields) ? interactive.fields : [];
    const unknown = el('p', 'flow-hint', "The simulator doesn't know this Flow's fields: type each answer's key.");
    sheetFields.replaceChildren(...(fields.length ? fields.map(field) : [unknown, ...[0, 1, 2].map(freeField)]));
    sheet.hidden = false;
    const first = sheetFields.querySelector('input, select');
    if (first) first.focus();
  }
  function closeForm() {
    sheet.hidden = true;
    openFlow = null;
  }
  $('flow-cancel').addEventListener('click', closeForm);
  sheet.addEventListener('keydown', (event) => { if (event.key === 'Escape') closeForm(); });
  sheetForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!openFlow) return;
    const answers = {};
    for (const input of sheetFields.querySelectorAll('[name]')) {
      answers[input.name] = input.type === 'number' && input.value !== '' ? Number(input.value) : input.value;
    }
    for (const row of sheetFields.querySelectorAll('.flow-free')) {
      const key = row.querySelector('[data-role=key]').value.trim();
      if (key) answers[key] = row.querySelector('[data-role=value]').value;
    }
    const { m, interactive } = openFlow;
    closeForm();
    await post({ form: { flowToken: interactive.flowToken, answers, context: m.id } });
  });

  function decorate(m, li) {
    const interactive = m.from === 'business' && m.interactive;
    if (!interactive) return;
    li.dataset.interactive = interactive.type;
    if (interactive.type === 'buttons') li.append(buttons(m, interactive.options));
    else if (interactive.type === 'list') li.append(list(m, interactive));
    else if (interactive.type === 'flow') {
      const b = el('button', 'reply-button flow-open', interactive.cta);
      b.type = 'button';
      b.dataset.testid = 'sim-flow-open';
      b.addEventListener('click', () => showForm(m, interactive));
      li.append(el('div', 'reply-buttons'));
      li.lastChild.append(b);
    }
  }
  window.simInteractive = { decorate };
})();
`;
