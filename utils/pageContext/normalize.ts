// Phone numbers and emails as a page shows them, turned into the values the server matches on:
// international digits (no +, as WhatsApp ids and core/phoneNumbers.ts have them) and lower-case
// emails. Phone numbers go through libphonenumber-js with the workspace's default country, which
// decides what "(300) 123-4567" means; without one, only numbers written with their country code count.
import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { normalizePhoneNumber } from '@/core/phoneNumbers';

/** What the content script hands over: visible text and the hrefs of tel:, mailto: and WhatsApp links. */
export interface PageSnapshot {
  texts: string[];
  hrefs: string[];
}

export interface PageValues {
  /** In the order first seen on the page, each once. */
  phones: string[];
  emails: string[];
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
const WHATSAPP = String.raw`(?:https?:\/\/)?(?:wa\.me\/|(?:api|web)\.whatsapp\.com\/send\/?\?(?:[^\s]*&)?phone=)\+?(\d+)`;
const WHATSAPP_LINK = new RegExp(`^${WHATSAPP}`, 'i');
const WHATSAPP_IN_TEXT = new RegExp(WHATSAPP, 'gi');

const asCountry = (country: string | null): CountryCode | undefined =>
  country && /^[A-Z]{2}$/.test(country) ? (country as CountryCode) : undefined;

/** The digits of a real number, or null; the same check the campaigns use keeps short ones out. */
function toDigits(e164: string | undefined): string | null {
  if (!e164) return null;
  const check = normalizePhoneNumber(e164);
  return check.ok ? check.phone : null;
}

/** Every phone number in a piece of text (a selection, a text node). */
export function phonesInText(text: string, country: string | null): string[] {
  // "wa.me/573001234567" written out: international digits without a +, which libphonenumber would
  // read as a national number.
  const links = [...text.matchAll(WHATSAPP_IN_TEXT)].map((m) => toDigits(`+${m[1]}`));
  const found = findPhoneNumbersInText(text.replace(WHATSAPP_IN_TEXT, ' '), { defaultCountry: asCountry(country) });
  return [...links, ...found.map((f) => toDigits(f.number.number))].filter((d): d is string => d !== null);
}

export function emailsInText(text: string): string[] {
  return (text.match(EMAIL) ?? []).map((e) => e.toLowerCase());
}

/** A tel:, mailto: or WhatsApp link's value; wa.me numbers are always international. */
export function valueOfHref(href: string, country: string | null): { phone?: string; email?: string } {
  const wa = WHATSAPP_LINK.exec(href);
  if (wa) return { phone: toDigits(parsePhoneNumberFromString(`+${wa[1]}`)?.number) ?? undefined };
  if (/^tel:/i.test(href)) {
    const number = decodeURIComponent(href.slice(4).split(/[;?]/)[0]);
    return { phone: toDigits(parsePhoneNumberFromString(number, asCountry(country))?.number) ?? undefined };
  }
  if (/^mailto:/i.test(href)) {
    const [email] = emailsInText(decodeURIComponent(href.slice(7).split('?')[0]));
    return email ? { email } : {};
  }
  return {};
}

/** The page's phone numbers and emails, normalised, each once, in page order (links after text). */
export function valuesOfPage(snapshot: PageSnapshot, country: string | null): PageValues {
  const phones = new Set<string>();
  const emails = new Set<string>();
  for (const text of snapshot.texts) {
    // An email's digits are not a phone number ("ana.300123@…").
    for (const email of emailsInText(text)) emails.add(email);
    for (const phone of phonesInText(text.replace(EMAIL, ' '), country)) phones.add(phone);
  }
  for (const href of snapshot.hrefs) {
    const value = valueOfHref(href, country);
    if (value.phone) phones.add(value.phone);
    if (value.email) emails.add(value.email);
  }
  return { phones: [...phones], emails: [...emails] };
}

/** What the agent selected: one phone number or email, for "Find in Sidedesk". */
export type Selected = { kind: 'phone'; value: string } | { kind: 'email'; value: string } | { kind: 'none' };

export function valueOfSelection(text: string, country: string | null): Selected {
  const trimmed = text.trim().slice(0, 500);
  const [email] = emailsInText(trimmed);
  if (email) return { kind: 'email', value: email };
  const fromLink = /^tel:/i.test(trimmed) ? valueOfHref(trimmed, country).phone : undefined;
  const phone = fromLink ?? phonesInText(trimmed, country)[0];
  return phone ? { kind: 'phone', value: phone } : { kind: 'none' };
}

/** "+57 300 1234567": how the panel writes a number back to the agent. */
export function formatPhone(digits: string): string {
  return parsePhoneNumberFromString(`+${digits}`)?.formatInternational() ?? `+${digits}`;
}
