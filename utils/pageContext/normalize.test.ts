import { describe, expect, it } from 'vitest';
import { formatPhone, phonesInText, valueOfHref, valueOfSelection, valuesOfPage } from './normalize';

describe('phone numbers in text', () => {
  it.each([
    ['+57 300 123 4567', 'CO', ['573001234567']],
    ['(300) 123-4567', 'CO', ['573001234567']],
    ['300.123.4567', 'CO', ['573001234567']],
    ['+57 300 123 4567', null, ['573001234567']],
    // Without a country code, a national number means nothing until the workspace names a country.
    ['(300) 123-4567', null, []],
    ['300.123.4567', null, []],
    // The same digits read as another country's: 300 is no US area code.
    ['(300) 123-4567', 'US', []],
    ['(415) 555-2671', 'US', ['14155552671']],
    ['Tel: +55 11 98765-0001', 'CO', ['5511987650001']],
    ['+49 151 12340001 and +57 310 555 0000', 'CO', ['4915112340001', '573105550000']],
    ['WhatsApp: wa.me/573001234567', 'US', ['573001234567']],
  ])('%s (default %s) → %j', (text, country, expected) => {
    expect(phonesInText(text, country)).toEqual(expected);
  });

  it.each([['Order #4512'], ['ZIP 12345'], ['call 555-1234'], ['Ticket 300123'], ['Total: 1.234.567'], ['+57 300']])(
    '%s is too short to be a phone number',
    (text) => {
      expect(phonesInText(text, 'CO')).toEqual([]);
    },
  );
});

describe('links', () => {
  it.each([
    ['https://wa.me/573001234567', null, { phone: '573001234567' }],
    ['https://wa.me/573001234567?text=hola', 'US', { phone: '573001234567' }],
    ['https://api.whatsapp.com/send?phone=573001234567&text=hi', null, { phone: '573001234567' }],
    ['tel:+573001234567', null, { phone: '573001234567' }],
    ['tel:300-123-4567', 'CO', { phone: '573001234567' }],
    ['tel:300-123-4567', null, {}],
    ['tel:4512', 'CO', {}],
    ['mailto:Ana.Perez@Example.com?subject=Hola', null, { email: 'ana.perez@example.com' }],
    ['https://example.com/contact', 'CO', {}],
  ])('%s (default %s) → %j', (href, country, expected) => {
    expect(valueOfHref(href, country)).toEqual(expected);
  });
});

describe('a page', () => {
  it('finds emails in mixed text, each value once, in page order, without reading an email’s digits as a phone', () => {
    const values = valuesOfPage(
      {
        texts: [
          'Requester: Lucía Gómez <lucia.gomez3001234567@example.com> · opened 2026-12-01',
          'Call +57 300 123 4567 or (300) 123-4567',
          'Also 300.123.4567, order #4512.',
          'Backup: ops@helpdesk.example.co',
        ],
        hrefs: ['https://wa.me/573105550000', 'mailto:LUCIA.GOMEZ3001234567@example.com', 'tel:+573001234567'],
      },
      'CO',
    );
    expect(values).toEqual({
      phones: ['573001234567', '573105550000'],
      emails: ['lucia.gomez3001234567@example.com', 'ops@helpdesk.example.co'],
    });
  });

  it('ignores an unknown default country instead of failing', () => {
    expect(valuesOfPage({ texts: ['(300) 123-4567'], hrefs: [] }, 'XX')).toEqual({ phones: [], emails: [] });
  });
});

describe('a selection', () => {
  it.each([
    ['  +57 300 123 4567 ', 'CO', { kind: 'phone', value: '573001234567' }],
    ['(300) 123-4567', 'CO', { kind: 'phone', value: '573001234567' }],
    ['wa.me/573001234567', null, { kind: 'phone', value: '573001234567' }],
    ['https://wa.me/573001234567', null, { kind: 'phone', value: '573001234567' }],
    ['Write to Ana@Example.com today', null, { kind: 'email', value: 'ana@example.com' }],
    ['4512', 'CO', { kind: 'none' }],
    ['hello', 'CO', { kind: 'none' }],
  ])('%j (default %s) → %j', (text, country, expected) => {
    expect(valueOfSelection(text, country)).toEqual(expected);
  });
});

it('writes a number back in international form', () => {
  expect(formatPhone('573001234567')).toBe('+57 300 1234567');
});
