// What the stand-in records of one request: route (OpenAI's or Azure's shape), headers without the
// credentials (only whether they were there and right), the JSON body or the multipart upload.
import type { IncomingMessage } from 'node:http';

export interface StandInUpload {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

export interface StandInRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  endpoint: 'chat' | 'transcription' | 'models' | 'unknown';
  /** Azure's `/openai/deployments/{name}/...`; null in OpenAI's shape. */
  deployment: string | null;
  apiVersion: string | null;
  /** Lower-cased headers, without `authorization` and `api-key`. */
  headers: Record<string, string>;
  /** How credentials came: `Authorization: Bearer` (OpenAI) or `api-key` (Azure). */
  auth: 'bearer' | 'api-key' | null;
  /** The credentials equal the stand-in's `apiKey` (true when it has none). */
  keyMatches: boolean;
  /** A JSON body, parsed; null otherwise. */
  json: unknown;
  /** Multipart text fields (model, language, response_format…). */
  fields: Record<string, string>;
  /** The multipart `file` part. */
  upload: StandInUpload | null;
}

const ROUTES: [RegExp, StandInRequest['endpoint']][] = [
  [/^\/(?:v1|openai\/deployments\/([^/]+))\/chat\/completions$/, 'chat'],
  [/^\/(?:v1|openai\/deployments\/([^/]+))\/audio\/transcriptions$/, 'transcription'],
  [/^\/(?:v1|openai)\/models$/, 'models'],
];

export async function parseStandInRequest(req: IncomingMessage, apiKey: string | undefined): Promise<StandInRequest> {
  const url = new URL(req.url ?? '/', 'http://stand-in');
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);

  let endpoint: StandInRequest['endpoint'] = 'unknown';
  let deployment: string | null = null;
  for (const [pattern, name] of ROUTES) {
    const match = pattern.exec(url.pathname);
    if (match && req.method === (name === 'models' ? 'GET' : 'POST')) {
      endpoint = name;
      deployment = match[1] ? decodeURIComponent(match[1]) : null;
      break;
    }
  }

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name !== 'authorization' && name !== 'api-key' && value !== undefined) headers[name] = String(value);
  }
  const bearer = /^Bearer (.*)$/.exec(req.headers.authorization ?? '')?.[1];
  const azureKey = req.headers['api-key'];
  const presented = bearer ?? (typeof azureKey === 'string' ? azureKey : undefined);

  const contentType = headers['content-type'] ?? '';
  const { fields, upload } = contentType.startsWith('multipart/form-data')
    ? await parseMultipart(raw, contentType)
    : { fields: {}, upload: null };

  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    endpoint,
    deployment,
    apiVersion: url.searchParams.get('api-version'),
    headers,
    auth: bearer !== undefined ? 'bearer' : azureKey !== undefined ? 'api-key' : null,
    keyMatches: apiKey === undefined || presented === apiKey,
    json: contentType.includes('application/json') ? parseJson(raw) : null,
    fields,
    upload,
  };
}

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return null;
  }
}

/** Undici's own multipart parser (what `fetch` uses), not a hand-written one. */
async function parseMultipart(raw: Buffer, contentType: string) {
  const form = await new Request('http://stand-in/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: new Uint8Array(raw),
  }).formData();
  const fields: Record<string, string> = {};
  let upload: StandInUpload | null = null;
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') fields[name] = value;
    else if (name === 'file') {
      upload = { fileName: value.name, mimeType: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
    }
  }
  return { fields, upload };
}
