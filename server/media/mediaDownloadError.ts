// A customer's file could not be fetched (refused URL, HTTP error, too large): the attempt fails
// and the downloader records why.
export class MediaDownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MediaDownloadError';
  }
}
