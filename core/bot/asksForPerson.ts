// "A person, please": the keyword rule the bot uses without a chat model (with one, the model
// classifies). Accent- and case-insensitive, whole words only ("agentes" is not "agent", but
// "hablar con alguien" matches inside a sentence), English and Spanish, extended by the admin.

export const HANDOVER_KEYWORDS: readonly string[] = [
  'agent',
  'human',
  'person',
  'operator',
  'representative',
  'real person',
  'talk to someone',
  'speak to someone',
  'asesor',
  'asesora',
  'agente',
  'persona',
  'humano',
  'humana',
  'operador',
  'operadora',
  'hablar con alguien',
  'ejecutivo',
];

/** Lower case, accents stripped, every run of non-letters/digits one space: words compare plainly. */
export function normalizeWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function asksForPerson(text: string, extraKeywords: readonly string[] = []): boolean {
  const words = ` ${normalizeWords(text)} `;
  if (words.trim() === '') return false;
  return [...HANDOVER_KEYWORDS, ...extraKeywords].some((keyword) => {
    const wanted = normalizeWords(keyword);
    return wanted !== '' && words.includes(` ${wanted} `);
  });
}
