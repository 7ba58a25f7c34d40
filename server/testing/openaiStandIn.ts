// A stand-in for an OpenAI-compatible server, over real HTTP on 127.0.0.1, so tests drive the real
// `openai` client: Chat Completions (json_schema output), audio transcriptions (multipart) and the
// model list, in OpenAI's shape and Azure's. Answers are what the test scripts, including the bad
// ones (HTTP errors, a stall past the client's timeout, malformed JSON, a reset connection).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseStandInRequest, type StandInRequest } from './openaiStandInRequest';

export type { StandInRequest, StandInUpload } from './openaiStandInRequest';

export type StandInEndpoint = 'chat' | 'transcription';

/** One scripted answer. */
export type StandInReply =
  /** Chat: a completion whose content is this value as JSON. Transcription: `{text}` is the usual. */
  | { json: unknown }
  /** Chat: a completion with exactly this content (malformed JSON, off-schema output, prose). */
  | { content: string }
  /** Transcription: `{text}` in the body. */
  | { text: string }
  /** An OpenAI-style error body with this status. */
  | { error: { status: number; message?: string; type?: string; code?: string | null } }
  /** HTTP 200 whose body is not JSON at all. */
  | { malformedBody: string }
  /** Destroys the socket without answering. */
  | { reset: true }
  /** Waits (e.g. past the client's timeout), then answers `then` (by default a 500). */
  | { delayMs: number; then?: StandInReply };

export type StandInScript = StandInReply | ((request: StandInRequest) => StandInReply);

export interface OpenAiStandIn {
  /** `http://127.0.0.1:PORT/v1`: the `baseURL` for the OpenAI client. */
  baseUrl: string;
  /** `http://127.0.0.1:PORT`: the endpoint for the Azure client. */
  origin: string;
  /** Every request, in arrival order (recorded before it is answered). */
  requests: StandInRequest[];
  /** Queues answers for the next requests to an endpoint, consumed one per request. */
  script(endpoint: StandInEndpoint, ...replies: StandInScript[]): void;
  /** The answer once the queue is empty (by default a 500 saying nothing was scripted). */
  setDefault(endpoint: StandInEndpoint, reply: StandInScript): void;
  /** Requests to one endpoint. */
  requestsTo(endpoint: StandInEndpoint | 'models'): StandInRequest[];
  /** Forgets recorded requests and unconsumed scripts (between tests); defaults stay. */
  reset(): void;
  close(): Promise<void>;
}

export interface StandInOptions {
  /** With a key, a request with another (or none) gets a 401 like OpenAI's. */
  apiKey?: string;
  models?: string[];
}

const NOTHING_SCRIPTED: StandInReply = {
  error: { status: 500, message: 'stand-in: nothing scripted for this request' },
};

export async function startOpenAiStandIn(options: StandInOptions = {}): Promise<OpenAiStandIn> {
  const queues: Record<StandInEndpoint, StandInScript[]> = { chat: [], transcription: [] };
  const defaults: Record<StandInEndpoint, StandInScript> = { chat: NOTHING_SCRIPTED, transcription: NOTHING_SCRIPTED };
  const requests: StandInRequest[] = [];

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(error), type: 'server_error' } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const request = await parseStandInRequest(req, options.apiKey);
    requests.push(request);
    if (request.endpoint === 'unknown') {
      sendJson(res, 404, {
        error: { message: `stand-in: no route ${request.method} ${request.path}`, type: 'not_found' },
      });
      return;
    }
    if (options.apiKey !== undefined && !request.keyMatches) {
      const error = { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' };
      sendJson(res, 401, { error });
      return;
    }
    if (request.endpoint === 'models') {
      const data = (options.models ?? ['stand-in-chat', 'stand-in-whisper']).map((id) => modelEntry(id));
      sendJson(res, 200, { object: 'list', data });
      return;
    }
    const script = queues[request.endpoint].shift() ?? defaults[request.endpoint];
    await answer(req, res, request, typeof script === 'function' ? script(request) : script);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseUrl: `${origin}/v1`,
    origin,
    requests,
    script: (endpoint, ...replies) => void queues[endpoint].push(...replies),
    setDefault: (endpoint, reply) => void (defaults[endpoint] = reply),
    requestsTo: (endpoint) => requests.filter((r) => r.endpoint === endpoint),
    reset: () => {
      requests.length = 0;
      queues.chat.length = 0;
      queues.transcription.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answer(req: IncomingMessage, res: ServerResponse, request: StandInRequest, reply: StandInReply) {
  if ('delayMs' in reply) {
    const closed = await waitOrClose(req, reply.delayMs);
    if (!closed) await answer(req, res, request, reply.then ?? NOTHING_SCRIPTED);
    return;
  }
  if ('reset' in reply) {
    req.socket.destroy();
    return;
  }
  if ('malformedBody' in reply) {
    res.writeHead(200, { 'content-type': 'application/json' }).end(reply.malformedBody);
    return;
  }
  if ('error' in reply) {
    const { status, message = `stand-in error ${status}`, type = 'server_error', code = null } = reply.error;
    sendJson(res, status, { error: { message, type, param: null, code } });
    return;
  }
  if (request.endpoint === 'transcription') {
    sendJson(res, 200, 'text' in reply ? { text: reply.text } : 'json' in reply ? reply.json : { text: reply.content });
    return;
  }
  const content = 'json' in reply ? JSON.stringify(reply.json) : 'content' in reply ? reply.content : reply.text;
  sendJson(res, 200, completion(request, content));
}

/** Resolves true if the client gave up (closed the connection) before the delay ran out. */
function waitOrClose(req: IncomingMessage, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      req.socket.off('close', onClose);
      resolve(false);
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolve(true);
    };
    req.socket.once('close', onClose);
  });
}

function completion(request: StandInRequest, content: string) {
  const body = request.json as { model?: string } | null;
  return {
    id: `chatcmpl-standin-${Math.random().toString(36).slice(2, 10)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body?.model ?? request.deployment ?? 'unknown',
    choices: [
      { index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null },
    ],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

const modelEntry = (id: string) => ({ id, object: 'model', created: 0, owned_by: 'stand-in' });

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
