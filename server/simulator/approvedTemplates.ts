// The templates the simulated WhatsApp Business Account has "approved": what the Graph stand-in
// lists at /{waba-id}/message_templates and accepts in template sends. The demo workspace starts
// with the same ones, as if an admin had imported them.
import type { TemplateCategory } from '../../core/model';
import type { z } from 'zod';

export interface SimulatedTemplate {
  id: string;
  name: string;
  language: string;
  category: z.infer<typeof TemplateCategory>;
  status: 'APPROVED' | 'PENDING' | 'REJECTED';
  body: string;
}

/** The WABA id the demo channel carries. */
export const SIMULATED_WABA_ID = '200000000000001';

export const SIMULATED_TEMPLATES: SimulatedTemplate[] = [
  {
    id: '1100000000000001',
    name: 'order_update',
    language: 'en_US',
    category: 'utility',
    status: 'APPROVED',
    body: 'Hi {{1}}, your order {{2}} is on its way.',
  },
  {
    id: '1100000000000002',
    name: 'follow_up',
    language: 'en_US',
    category: 'marketing',
    status: 'APPROVED',
    body: 'Hi {{1}}, thanks for talking to us! Reply to this message if there is anything else we can help with.',
  },
  {
    id: '1100000000000003',
    name: 'appointment_reminder',
    language: 'es',
    category: 'utility',
    status: 'APPROVED',
    body: 'Hola {{1}}, te recordamos tu cita del {{2}} a las {{3}}.',
  },
  {
    id: '1100000000000004',
    name: 'spring_sale',
    language: 'en_US',
    category: 'marketing',
    status: 'PENDING',
    body: 'Spring sale: 20% off everything until {{1}}!',
  },
];

export const findSimulatedTemplate = (name: string, language: string) =>
  SIMULATED_TEMPLATES.find((t) => t.name === name && t.language === language && t.status === 'APPROVED') ?? null;
