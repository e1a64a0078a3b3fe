import type { HttpExchange } from '../core/capture/recognize-exchange.ts';
import type { HttpHeader } from '../core/model/http-header.ts';

/** Bodies larger than this cannot be a JMAP session or a ticket answer; they are not even read. */
const MAX_CONTENT_BYTES = 2 * 1024 * 1024;

/** The HAR entry fields read here (the polyfill types only `getContent`). */
interface FinishedRequest {
  readonly startedDateTime?: string;
  readonly request?: { readonly method?: string; readonly url?: string; readonly headers?: readonly HttpHeader[] };
  readonly response?: {
    readonly status?: number;
    readonly content?: { readonly mimeType?: string; readonly size?: number };
  };
  getContent(): Promise<unknown>;
}

/**
 * The body from `getContent()`: Firefox answers `[content, encoding]`, and so does the polyfill over a callback API;
 * Chromium 156 has a native `browser` namespace, which the polyfill hands through, and it answers `{content, encoding}`.
 */
export function contentOf(answer: unknown): string | undefined {
  if (Array.isArray(answer)) return typeof answer[0] === 'string' ? answer[0] : undefined;
  const content = typeof answer === 'object' && answer !== null ? (answer as { content?: unknown }).content : answer;
  return typeof content === 'string' ? content : undefined;
}

/** Reads a finished DevTools network request as an exchange for the core to recognise. */
export async function networkExchange(entry: FinishedRequest): Promise<HttpExchange | undefined> {
  const { request, response } = entry;
  const content = response?.content;
  if (!request?.url || !/json/i.test(content?.mimeType ?? '') || (content?.size ?? 0) > MAX_CONTENT_BYTES) {
    return undefined;
  }
  const body = contentOf(await entry.getContent());
  return {
    method: request.method ?? 'GET',
    url: request.url,
    status: response?.status ?? 0,
    startedAt: Date.parse(entry.startedDateTime ?? '') || Date.now(),
    requestHeaders: request.headers ?? [],
    responseBody: body,
  };
}
