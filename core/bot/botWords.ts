// What the bot says on its own (not written by the admin), in the workspace's language.
import type { FieldType } from '../model';

export type BotLanguage = 'en' | 'es';

interface Words {
  hint: Record<FieldType, string>;
  pickOne: string;
  fillForm: string;
  cannotListen: string;
  orAgent: string;
  audioReceived: string;
}

export const BOT_WORDS: Record<BotLanguage, Words> = {
  en: {
    hint: {
      text: 'Please write your answer as text.',
      number: 'Please answer with a number, for example 3 or 2.5.',
      date: 'Please write a date like 2025-03-31 or 31/03/2025.',
      choice: 'Please answer with one of the options.',
    },
    pickOne: 'Please choose one of the options (you can answer with its number).',
    fillForm: 'Please fill in the form above by tapping its button.',
    cannotListen: 'Sorry, I cannot listen to audio messages. Please write to me instead.',
    orAgent: 'Or write "agent" to talk to a person.',
    audioReceived: 'audio received',
  },
  es: {
    hint: {
      text: 'Por favor, escribe tu respuesta.',
      number: 'Por favor, responde con un número, por ejemplo 3 o 2,5.',
      date: 'Por favor, escribe una fecha como 31/03/2025 o 2025-03-31.',
      choice: 'Por favor, responde con una de las opciones.',
    },
    pickOne: 'Por favor, elige una de las opciones (puedes responder con su número).',
    fillForm: 'Por favor, completa el formulario de arriba con su botón.',
    cannotListen: 'Lo siento, no puedo escuchar audios. Por favor, escríbeme.',
    orAgent: 'O escribe "asesor" para hablar con una persona.',
    audioReceived: 'audio recibido',
  },
};
