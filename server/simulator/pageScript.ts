// The phone page's script: vanilla JS, no build step. All text goes in through textContent,
// never innerHTML, because every string here (names, messages, errors) is user data.
export const PAGE_SCRIPT = String.raw`
(() => {
  const base = location.pathname.replace(/\/+$/, '');
  const $ = (id) => document.getElementById(id);
  const channelSelect = $('channel-select');
  const customerSelect = $('customer-select');
  const thread = $('thread');
  const input = $('message-input');
  const sendButton = $('send-button');
  const errorBox = $('sim-error');
  const params = new URLSearchParams(location.search);
  let lastRendered = '';
  let channelKinds = {};
  const KIND_LABELS = { whatsapp: 'WhatsApp', messenger: 'Messenger', instagram: 'Instagram' };

  function showError(message) {
    errorBox.textContent = message || '';
    errorBox.hidden = !message;
  }

  async function api(path, init) {
    const response = await fetch(base + '/api' + path, {
      ...init,
      headers: init && init.body ? { 'content-type': 'application/json' } : undefined,
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const message = (body.error && body.error.message) || ('HTTP ' + response.status);
      throw new Error(message);
    }
    return body;
  }

  function option(value, label) {
    const el = document.createElement('option');
    el.value = value;
    el.textContent = label;
    return el;
  }

  async function loadChannels() {
    const { channels } = await api('/channels');
    const wanted = params.get('channel') || localStorage.getItem('sim.channel');
    channelKinds = Object.fromEntries(channels.map((ch) => [ch.externalId, ch.kind]));
    channelSelect.replaceChildren(...channels.map((ch) => option(ch.externalId, ch.name + ' · ' + (KIND_LABELS[ch.kind] || ch.kind))));
    if (wanted && channels.some((ch) => ch.externalId === wanted)) channelSelect.value = wanted;
    $('no-channel').hidden = channels.length > 0;
  }

  async function loadCustomers(select) {
    const { customers } = await api('/customers');
    const wanted = select || params.get('phone') || localStorage.getItem('sim.phone');
    customerSelect.replaceChildren(...customers.map((c) => option(c.phone, c.name + ' · +' + c.phone)));
    if (wanted && customers.some((c) => c.phone === wanted)) customerSelect.value = wanted;
    updateTitle();
  }

  function updateTitle() {
    const selected = customerSelect.selectedOptions[0];
    $('customer-title').textContent = selected ? selected.textContent : 'No customer yet';
    const kind = channelKinds[channelSelect.value] || 'whatsapp';
    document.body.dataset.kind = kind;
    $('sim-kind').textContent = (KIND_LABELS[kind] || kind) + ' simulator · you are the customer';
    const ready = Boolean(channelSelect.value && customerSelect.value);
    input.disabled = !ready;
    sendButton.disabled = !ready;
    $('file-input').disabled = !ready;
    $('voice-button').disabled = !ready;
    localStorage.setItem('sim.channel', channelSelect.value);
    localStorage.setItem('sim.phone', customerSelect.value);
  }

  const TICKS = { sending: '🕓', accepted: '✓', rejected: '!', accepted_by_graph: '🕓', sent: '✓', delivered: '✓✓', read: '✓✓', failed: '!' };
  const LABELS = {
    sending: 'Sending', accepted: 'Delivered to the business', rejected: 'Not delivered',
    accepted_by_graph: 'Accepted', sent: 'Sent', delivered: 'Delivered', read: 'Read', failed: 'Failed',
  };

  function renderMessage(m) {
    const li = document.createElement('li');
    li.className = 'msg ' + m.from;
    li.dataset.id = m.id;
    li.dataset.from = m.from;
    li.dataset.status = m.status;
    const text = document.createElement('p');
    text.className = 'text';
    text.textContent = m.text;
    let attachment = null;
    if (m.media) {
      attachment = document.createElement('div');
      attachment.className = 'attachment';
      attachment.dataset.testid = 'sim-attachment';
      if (m.media.mimeType.startsWith('image/')) {
        const img = document.createElement('img');
        img.src = base + '/graph/cdn/' + encodeURIComponent(m.media.id);
        img.alt = m.media.filename || 'photo';
        attachment.append(img);
      } else {
        attachment.textContent = (m.media.voice ? '🎤 Voice note' : m.media.mimeType.startsWith('audio/') ? '🎵 ' : '📄 ') + (m.media.voice ? '' : (m.media.filename || m.media.mimeType));
      }
    }
    const meta = document.createElement('span');
    meta.className = 'meta';
    const time = document.createElement('time');
    time.dateTime = new Date(m.at).toISOString();
    time.textContent = new Date(m.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    const ticks = document.createElement('span');
    ticks.className = 'ticks ' + m.status;
    ticks.textContent = TICKS[m.status] || '';
    ticks.title = LABELS[m.status] || m.status;
    ticks.setAttribute('aria-label', LABELS[m.status] || m.status);
    meta.append(time, ticks);
    if (attachment) li.append(attachment);
    if (m.text) li.append(text);
    li.append(meta);
    if (m.error) {
      const error = document.createElement('p');
      error.className = 'msg-error';
      error.textContent = m.error;
      li.append(error);
    }
    if (window.simInteractive) window.simInteractive.decorate(m, li);
    return li;
  }

  async function refresh() {
    if (!channelSelect.value || !customerSelect.value) {
      thread.replaceChildren();
      lastRendered = '';
      return;
    }
    const q = new URLSearchParams({ channel: channelSelect.value, phone: customerSelect.value });
    const { messages } = await api('/thread?' + q);
    const snapshot = JSON.stringify(messages);
    if (snapshot === lastRendered) return;
    lastRendered = snapshot;
    // Follow new messages unless the reader scrolled up to read older ones.
    const atBottom = thread.scrollHeight - thread.scrollTop - thread.clientHeight < 40;
    const grew = messages.length > thread.children.length;
    thread.replaceChildren(...messages.map(renderMessage));
    $('empty-thread').hidden = messages.length > 0;
    if (atBottom || grew) thread.scrollTop = thread.scrollHeight;
  }

  async function send() {
    const text = input.value.trim();
    if (!text) return;
    sendButton.disabled = true;
    try {
      await api('/messages', {
        method: 'POST',
        body: JSON.stringify({ channel: channelSelect.value, phone: customerSelect.value, text }),
      });
      input.value = '';
      showError('');
    } catch (error) {
      showError(error.message);
    } finally {
      sendButton.disabled = false;
      input.focus();
      await refresh().catch(() => {});
    }
  }

  function readBase64(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).split(',')[1] || '');
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
  }

  // A photo, audio file or document from the phone, or a voice note (voice: true, as the WhatsApp
  // recorder makes them). Whatever is typed goes along as the caption.
  async function sendFile(blob, filename, voice) {
    const mimeType = blob.type || 'application/octet-stream';
    try {
      await api('/messages', {
        method: 'POST',
        body: JSON.stringify({
          channel: channelSelect.value,
          phone: customerSelect.value,
          text: input.value.trim(),
          file: { data: await readBase64(blob), mimeType, filename, voice },
        }),
      });
      input.value = '';
      showError('');
    } catch (error) {
      showError(error.message);
    } finally {
      await refresh().catch(() => {});
    }
  }
  window.simulator = { sendFile, api };

  // An uploaded Ogg/Opus file goes as a voice note, as WhatsApp's recorder makes them.
  $('file-input').addEventListener('change', async (event) => {
    const file = event.target.files && event.target.files[0];
    event.target.value = '';
    if (file) await sendFile(file, file.name, /^audio\/ogg/.test(file.type));
  });

  $('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    send();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      send();
    }
  });
  for (const select of [channelSelect, customerSelect]) select.addEventListener('change', () => { updateTitle(); lastRendered = ''; refresh(); });
  $('new-customer-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const { customer } = await api('/customers', {
        method: 'POST',
        body: JSON.stringify({ name: $('new-customer-name').value, phone: $('new-customer-phone').value }),
      });
      event.target.reset();
      $('new-customer').open = false;
      await loadCustomers(customer.phone);
      showError('');
      lastRendered = '';
      await refresh();
    } catch (error) {
      showError(error.message);
    }
  });

  async function poll() {
    try {
      await refresh();
      $('connection').hidden = true;
    } catch {
      $('connection').hidden = false;
    }
    setTimeout(poll, 1000);
  }

  Promise.all([loadChannels(), loadCustomers()])
    .then(() => { updateTitle(); poll(); })
    .catch((error) => showError(error.message));
})();
`;
