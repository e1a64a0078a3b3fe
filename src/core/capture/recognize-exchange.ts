import type { HttpHeader } from '../model/http-header.ts';
import { headerValue } from '../model/http-header.ts';
import type { TicketMint } from '../model/ticket-mint.ts';

/** One finished HTTP exchange as DevTools or a HAR file shows it. */
export interface HttpExchange {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly startedAt: number;
  readonly requestHeaders: readonly HttpHeader[];
  readonly responseBody: string | undefined;
}

export type RecognizedExchange =
  | { readonly kind: 'session'; readonly url: string; readonly at: number; readonly body: string }
  | { readonly kind: 'ticket'; readonly mint: TicketMint };

const MAX_BODY_CHARS = 2 * 1024 * 1024;

function jsonObject(body: string | undefined): Record<string, unknown> | undefined {
  if (body === undefined || body.length > MAX_BODY_CHARS || !body.trimStart().startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalString = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A JMAP session object (RFC 8620 §2): capabilities and accounts objects, and an apiUrl. */
function isSession(json: Record<string, unknown>): boolean {
  return isObject(json.capabilities) && isObject(json.accounts) && typeof json.apiUrl === 'string';
}

/** The Linagora ticket answer: `{value, clientAddress, generatedOn, validUntil, username}` (FACTS §2). */
function ticketOf(exchange: HttpExchange, json: Record<string, unknown>): TicketMint | undefined {
  const value = optionalString(json.value);
  if (
    exchange.method.toUpperCase() !== 'POST' ||
    !value ||
    (json.validUntil === undefined && json.clientAddress === undefined)
  ) {
    return undefined;
  }
  // Only the scheme word, and only when a credential follows it: a bare token must not pass for a scheme.
  const scheme = /^\s*([A-Za-z][A-Za-z0-9-]{0,19})\s+\S/.exec(
    headerValue(exchange.requestHeaders, 'authorization') ?? '',
  )?.[1];
  return {
    at: exchange.startedAt,
    url: exchange.url,
    status: exchange.status,
    ...(scheme ? { authScheme: scheme } : {}),
    ticket: {
      value,
      clientAddress: optionalString(json.clientAddress),
      generatedOn: optionalString(json.generatedOn),
      validUntil: optionalString(json.validUntil),
      username: optionalString(json.username),
    },
  };
}

/** Recognises, from its JSON body, a JMAP session fetch or a ticket POST; anything else is not ours. */
export function recognizeExchange(exchange: HttpExchange): RecognizedExchange | undefined {
  if (exchange.status < 200 || exchange.status >= 300) return undefined;
  const json = jsonObject(exchange.responseBody);
  if (!json) return undefined;
  if (isSession(json)) {
    return { kind: 'session', url: exchange.url, at: exchange.startedAt, body: exchange.responseBody ?? '' };
  }
  const mint = ticketOf(exchange, json);
  return mint ? { kind: 'ticket', mint } : undefined;
}
