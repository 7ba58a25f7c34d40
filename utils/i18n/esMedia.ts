// Fotos, notas de voz, archivos y ubicaciones de los clientes en la conversación (español).
import type { enMedia } from './enMedia';

export const esMedia: typeof enMedia = {
  loading: {
    image: 'Descargando la foto…',
    audio: 'Descargando el audio…',
    document: 'Descargando el archivo…',
  },
  failed: 'No se pudo cargar este archivo.',
  couldNotDownload: 'No se pudo descargar el archivo del mensaje del cliente.',
  stillTrying: 'Sidedesk sigue intentándolo en segundo plano.',
  retry: 'Reintentar',
  retrying: 'Reintentando…',
  photo: 'Foto del cliente',
  openPhoto: 'Abrir la foto en tamaño completo',
  voiceNote: 'Nota de voz',
  audio: 'Audio',
  download: (name: string) => `Descargar ${name}`,
  file: 'Archivo',
  location: 'Ubicación',
  openMap: 'Abrir en un mapa',
  coordinates: (lat: string, lon: string) => `${lat}, ${lon}`,
};
