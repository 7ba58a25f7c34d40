// What the prompts read, from what the server loads: voice notes by their transcript, fields by
// their labels, in the workspace's language.
import type { Message } from '../../../core/model';
import type { ConversationContext } from '../../http/aiDeps';
import type { PromptContext } from '../prompts/promptContext';

export const transcriptText = (message: Message): string | null =>
  message.transcript?.status === 'done' ? message.transcript.text : null;

export function toPromptContext(context: ConversationContext): PromptContext {
  const labels = new Map(context.fieldDefinitions.map((field) => [field.key, field.label]));
  return {
    messages: context.messages.map((message) => ({
      author: message.author,
      kind: message.kind,
      text: message.text,
      createdAt: message.createdAt,
      transcript: transcriptText(message),
    })),
    customer: {
      name: context.contact.name,
      fields: Object.entries(context.contact.fields).map(([key, value]) => ({ label: labels.get(key) ?? key, value })),
      tags: [],
    },
    notes: context.notes.map((note) => ({ text: note.text, createdAt: note.createdAt })),
    customerLanguage: null,
    workspaceLanguage: context.settings.workspaceLanguage,
  };
}
