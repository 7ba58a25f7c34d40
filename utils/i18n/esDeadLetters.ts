// La sección de webhooks no entregados de la página de opciones (español).
import type { enDeadLetters } from './enDeadLetters';

export const esDeadLetters: typeof enDeadLetters = {
  title: 'Webhooks no entregados',
  hint: 'Mensajes de Meta que el servidor no pudo guardar. Se conservan aquí; reenvía uno cuando la causa esté resuelta.',
  empty: 'Ninguno: se guardaron todos los webhooks.',
  refresh: 'Actualizar',
  replay: 'Reenviar',
  replaying: 'Reenviando…',
  replayed: (when: string) => `Guardado al reenviar, ${when}`,
  waiting: 'Aún sin guardar',
  received: (when: string) => `Recibido ${when}`,
  size: (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`),
};
