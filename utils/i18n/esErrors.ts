import type { enErrors } from './enErrors';

export const esErrors: typeof enErrors = {
  codes: {
    invalid: 'Sidedesk no pudo aceptarlo. Revisa lo que escribiste e inténtalo de nuevo.',
    unauthorized: 'Tu sesión terminó. Vuelve a iniciar sesión.',
    forbidden: 'No tienes permiso para hacer eso.',
    not_found: 'Eso ya no está aquí. Puede que se haya cerrado o movido.',
    conflict: 'Otra persona tomó esta conversación.',
    window_closed: 'La ventana de 24 horas se cerró: ahora solo una plantilla puede llegar a este cliente.',
    bad_signature: 'La solicitud se rechazó por no ser auténtica.',
    upstream: 'WhatsApp no lo aceptó. Inténtalo de nuevo en un momento.',
    internal: 'El servidor de Sidedesk tuvo un problema. Inténtalo de nuevo en un momento.',
    too_few_messages: 'Todavía no hay suficiente en esta conversación para hacer eso.',
    feature_off: 'Un administrador desactivó esta función.',
    ai_unavailable: 'El asistente no está disponible ahora. Inténtalo más tarde.',
    ai_bad_output: 'La respuesta del asistente no se pudo usar. Inténtalo de nuevo.',
    unsupported_audio: 'No se pudo leer esta nota de voz.',
    session_expired: 'Tu sesión terminó tras un tiempo. Vuelve a iniciar sesión.',
    too_many_attempts: 'Demasiados intentos de inicio de sesión. Espera un momento e inténtalo de nuevo.',
    offline: 'Estás sin conexión. Inténtalo de nuevo cuando vuelva la conexión.',
    timeout: 'No se puede conectar con el servidor de Sidedesk. Inténtalo de nuevo en un momento.',
    bad_response: 'El servidor de Sidedesk respondió algo inesperado. Inténtalo de nuevo o avisa a un administrador.',
    aborted: 'Cancelado.',
  },
  unreachable: 'No se puede conectar con el servidor de Sidedesk. Inténtalo de nuevo en un momento.',
  unknown: 'Algo salió mal. Inténtalo de nuevo.',
  notDelivered: 'WhatsApp no entregó este mensaje.',
};
