// Serialise JSON the way Meta's webhooks arrive on the wire (PHP json_encode defaults): every
// non-ASCII UTF-16 unit escaped as \uXXXX with lowercase hex, and "/" escaped as "\/". Meta signs
// these exact bytes, so a faithful stand-in must produce them too.
export function metaJsonStringify(value: unknown): string {
  return JSON.stringify(value)
    .replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\//g, '\\/');
}
