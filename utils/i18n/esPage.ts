// Contexto de página: «Buscar en Sidedesk» y «Esta página» (Spanish). English: enPage.ts.
import type { enPage } from './enPage';

export const esPage: typeof enPage = {
  menuTitle: 'Buscar en Sidedesk',
  thisPage: 'Esta página',
  thisPageHint: 'Busca a los clientes cuyos teléfonos o correos aparecen en la página junto al panel',
  reading: 'Leyendo la página…',
  finding: (value) => `Buscando ${value}…`,
  title: 'Clientes en esta página',
  back: 'Volver a la bandeja',
  found: (n) => (n === 1 ? '1 cliente conocido' : `${n} clientes conocidos`),
  values: (phones, emails) =>
    `${phones === 1 ? '1 teléfono' : `${phones} teléfonos`} y ${emails === 1 ? '1 correo' : `${emails} correos`} en la página`,
  noValues: 'No hay teléfonos ni correos en esta página.',
  noneKnown: 'Ninguno es un cliente que puedas ver.',
  matched: (values) => `En la página: ${values}`,
  current: 'Conversación actual',
  history: (n) => (n === 1 ? 'Historial: 1 conversación' : `Historial: ${n} conversaciones`),
  noConversation: (value) => `No hay conversación con ${value}`,
  noConversationHint: 'Nadie ha escrito desde este número, o no en una conversación que puedas ver.',
  startOffer: 'Inicia una con una plantilla aprobada por WhatsApp.',
  noCustomer: (value) => `No hay ningún cliente con ${value}`,
  emailNoChannel: 'Sidedesk no puede escribir a un correo: busca su teléfono.',
  notAValue: (text) => `«${text}» no es un teléfono ni un correo.`,
  nothingSelected: 'Primero selecciona un teléfono o un correo en la página.',
  off: 'El contexto de página está desactivado en este espacio. Un administrador puede activarlo en las opciones.',
  failures: {
    no_tab: 'No hay ninguna página web abierta junto al panel.',
    unreachable: 'Sidedesk no puede leer esta página. Recárgala o abre una página web (no una del navegador).',
  },
  started: 'Plantilla enviada: la conversación es tuya, en Salientes.',
  admin: {
    title: 'Contexto de página',
    toggle:
      'Permitir a los agentes buscar clientes desde la página junto al panel («Buscar en Sidedesk», «Esta página»)',
    hint: 'La página se lee solo cuando un agente lo pide: los teléfonos y correos visibles en su contenido principal. Al servidor solo llegan esos valores normalizados.',
    country: 'País por defecto para números escritos sin código de país',
    countryNone: 'Ninguno: solo números escritos con su código de país',
    countryHint: 'Dos letras, como CO o US. «(300) 123-4567» es +57 300 123 4567 con CO.',
  },
};
