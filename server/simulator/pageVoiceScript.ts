// The phone's voice notes: a ready-made sample (no microphone needed) or, where the browser can
// record Ogg/Opus as WhatsApp does, a recording. Sent through the page script's `sendFile`.
export const VOICE_SCRIPT = String.raw`
(() => {
  const $ = (id) => document.getElementById(id);
  const button = $('voice-button');
  const menu = $('voice-menu');
  const list = $('voice-samples');
  const record = $('voice-record');
  const OGG = 'audio/ogg;codecs=opus';

  function close() {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  }
  button.addEventListener('click', () => {
    menu.hidden = !menu.hidden;
    button.setAttribute('aria-expanded', String(!menu.hidden));
    if (!menu.hidden) (list.querySelector('button') || record).focus();
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') { close(); button.focus(); }
  });

  async function sendSample(sample) {
    close();
    const response = await fetch(location.pathname.replace(/\/+$/, '') + '/api/voice-samples/' + sample.id);
    const blob = new Blob([await response.arrayBuffer()], { type: 'audio/ogg; codecs=opus' });
    await window.simulator.sendFile(blob, null, true);
  }

  window.simulator.api('/voice-samples').then(({ samples }) => {
    list.replaceChildren(...samples.map((sample) => {
      const item = document.createElement('li');
      const choice = document.createElement('button');
      choice.type = 'button';
      choice.className = 'voice-sample';
      choice.dataset.sample = sample.id;
      choice.textContent = '“' + sample.text + '”';
      choice.addEventListener('click', () => sendSample(sample));
      item.append(choice);
      return item;
    }));
  });

  // Recording needs a microphone and a recorder that writes Ogg/Opus; otherwise the button hides.
  let recorder = null;
  record.hidden = !(window.MediaRecorder && MediaRecorder.isTypeSupported(OGG) && navigator.mediaDevices);
  record.addEventListener('click', async () => {
    if (recorder) { recorder.stop(); return; }
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const chunks = [];
      recorder = new MediaRecorder(stream, { mimeType: OGG });
      recorder.ondataavailable = (event) => chunks.push(event.data);
      recorder.onstop = async () => {
        stream.getTracks().forEach((track) => track.stop());
        recorder = null;
        record.textContent = 'Record with the microphone';
        close();
        await window.simulator.sendFile(new Blob(chunks, { type: 'audio/ogg; codecs=opus' }), null, true);
      };
      recorder.start();
      record.textContent = 'Stop and send';
    } catch (error) {
      record.textContent = 'No microphone: ' + error.message;
    }
  });
})();
`;
