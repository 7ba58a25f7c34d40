import type { enSessions } from './enSessions';

export const esSessions: typeof enSessions = {
  title: 'Sesiones',
  hint: 'Dónde tienes la sesión iniciada. Cierra una sesión que ya no uses, como la de un portátil perdido.',
  thisBrowser: 'Este navegador',
  unknownBrowser: 'Navegador desconocido',
  on: (browser, system) => `${browser} en ${system}`,
  lastActive: (when) => `Última actividad: ${when}`,
  end: 'Cerrar',
  endOf: (label, when) => `Cerrar la sesión de ${label}, última actividad: ${when}`,
  loading: 'Cargando sesiones…',
  failed: (reason) => `No se pudieron cambiar las sesiones: ${reason}`,
  admin: {
    endAll: 'Cerrar sesiones',
    endAllOf: (name) => `Cerrar todas las sesiones de ${name}`,
    ended: (n) => (n === 1 ? 'Se cerró 1 sesión.' : `Se cerraron ${n} sesiones.`),
  },
};
