import { describe, expect, it } from 'vitest';
import { normaliseTerm, rankQuickReplies } from './rankQuickReplies';

const quickReplies = [
  {
    id: 'refund',
    title: 'Refund policy',
    text: 'Refunds reach your card within 5 to 7 business days.',
    tags: ['billing'],
  },
  { id: 'tracking', title: 'Order tracking', text: 'You can follow your package at example.com/track.' },
  { id: 'address', title: 'Change delivery address', text: 'Send us the new address and we will update the order.' },
  { id: 'hours', title: 'Opening hours', text: 'We answer Monday to Friday, 9 to 18.' },
  {
    id: 'reembolso',
    title: 'Reembolsos',
    text: 'El reembolso llega a tu tarjeta en 5 a 7 días hábiles.',
    tags: ['facturación'],
  },
  { id: 'envio', title: 'Seguimiento del envío', text: 'Puedes seguir tu paquete en example.com/seguimiento.' },
  {
    id: 'direccion',
    title: 'Cambiar la dirección',
    text: 'Envíanos la nueva dirección de entrega y actualizamos el pedido.',
  },
];
const ids = (message: string, options = {}) =>
  rankQuickReplies(quickReplies, message, options).map((r) => r.quickReply.id);

describe('rankQuickReplies', () => {
  it('ranks English quick replies against the last message, plural and typo tolerant', () => {
    expect(ids('I would like a refund for my order please')[0]).toBe('refund');
    expect(ids('where is my pakage? I want to track it')[0]).toBe('tracking');
    expect(ids('the delivery address is wrong')[0]).toBe('address');
    expect(ids('refunds?')[0]).toBe('refund');
  });

  it('ranks Spanish ones, whatever the accents', () => {
    expect(ids('Quiero un reembolso, por favor')[0]).toBe('reembolso');
    expect(ids('la direccion de entrega esta mal')[0]).toBe('direccion');
    expect(ids('¿Dónde está mi envío?')[0]).toBe('envio');
    expect(ids('pregunta sobre facturacion')[0]).toBe('reembolso');
  });

  it('returns at most `limit`, best first, with scores that say so', () => {
    const ranked = rankQuickReplies(quickReplies, 'refund order address delivery package track', { limit: 2 });
    expect(ranked).toHaveLength(2);
    expect(ranked[0].score).toBeGreaterThanOrEqual(ranked[1].score);
  });

  it('leaves out what is on screen, by id or by text', () => {
    expect(ids('I want a refund', { exclude: ['refund'] })).not.toContain('refund');
    expect(ids('I want a refund', { exclude: [quickReplies[0].text] })).not.toContain('refund');
  });

  it('suggests nothing for an unrelated or empty message, and ignores function words', () => {
    expect(ids('zzzz qqqq')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('the and of to you')).toEqual([]);
    expect(ids('de la que el los')).toEqual([]);
  });

  it('normalises terms: lower case, no accents, no function words', () => {
    expect(normaliseTerm('Dirección')).toBe('direccion');
    expect(normaliseTerm('AÑO')).toBe('ano');
    expect(normaliseTerm('The')).toBeNull();
  });
});
