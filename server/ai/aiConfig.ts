// The AI provider's settings, as parseConfig reads them from the environment. null means AI is off.
export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';
export const DEFAULT_AI_TIMEOUT_MS = 60_000;

export interface AiConfig {
  /** Any OpenAI-compatible server (OpenAI, Ollama, vLLM…), or an Azure OpenAI resource's endpoint. */
  baseUrl: string;
  /** null for servers that want none (a local Ollama): no credentials header is sent. */
  apiKey: string | null;
  /** For Azure, the deployment names. At least one of the two is set. */
  chatModel: string | null;
  transcribeModel: string | null;
  /** Set: Azure OpenAI (`api-key` header, deployment path, `?api-version=`). */
  azureApiVersion: string | null;
  /** Per provider request; an action makes at most two. */
  timeoutMs: number;
}
