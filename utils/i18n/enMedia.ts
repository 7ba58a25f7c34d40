// Customers' photos, voice notes, files and locations in the thread (English). Spanish: esMedia.ts.
export const enMedia = {
  loading: {
    image: 'Downloading photo…',
    audio: 'Downloading audio…',
    document: 'Downloading file…',
  },
  failed: 'Could not load this file.',
  couldNotDownload: "Couldn't download this file from the customer's message.",
  stillTrying: 'Sidedesk keeps trying in the background.',
  retry: 'Retry',
  retrying: 'Trying again…',
  photo: 'Photo from the customer',
  openPhoto: 'Open the photo full size',
  voiceNote: 'Voice note',
  audio: 'Audio',
  download: (name: string) => `Download ${name}`,
  file: 'File',
  location: 'Location',
  openMap: 'Open in a map',
  coordinates: (lat: string, lon: string) => `${lat}, ${lon}`,
};
