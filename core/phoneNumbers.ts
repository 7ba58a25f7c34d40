// Phone numbers as an admin pastes them for a campaign, turned into WhatsApp ids (digits only,
// international form). Pure: the server validates with it and the options page previews with it.

export type PhoneCheck = { ok: true; phone: string } | { ok: false; error: string };

/** E.164 allows at most 15 digits; nothing real is shorter than 8 with its country code. */
const MIN_DIGITS = 8;
const MAX_DIGITS = 15;

export function normalizePhoneNumber(input: string): PhoneCheck {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: 'empty' };
  // Spaces, dots, dashes and brackets are formatting; a leading + or 00 is the international prefix.
  const compact = trimmed.replace(/[\s.\-()]/g, '');
  const international = compact.startsWith('+')
    ? compact.slice(1)
    : compact.startsWith('00')
      ? compact.slice(2)
      : compact;
  if (!/^\d+$/.test(international))
    return { ok: false, error: 'not a phone number (only digits, spaces, dashes, brackets and a leading +)' };
  if (international.startsWith('0')) return { ok: false, error: 'needs the country code (e.g. +55 11 98765 0001)' };
  if (international.length < MIN_DIGITS)
    return { ok: false, error: `too short: ${international.length} digits with the country code` };
  if (international.length > MAX_DIGITS)
    return { ok: false, error: `too long: ${international.length} digits (at most ${MAX_DIGITS})` };
  return { ok: true, phone: international };
}

/** Splits a pasted list: one number per line, or separated by commas or semicolons. */
export function splitPhoneList(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
