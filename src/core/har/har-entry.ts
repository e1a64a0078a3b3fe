import type { HttpHeader } from '../model/http-header.ts';
import type { HarEntry } from './har-format.ts';

/** Largest time a JS Date holds (ECMA-262 §21.4.1.1). */
const MAX_DATE_MS = 8.64e15;

/** ISO 8601 for HAR's `startedDateTime`; a time no Date can hold is written as the epoch (the exact time travels apart). */
export function isoTime(ms: number): string {
  return new Date(Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? ms : 0).toISOString();
}

export interface EntryParts {
  readonly startedAt: number;
  readonly durationMs: number;
  readonly method: string;
  readonly url: string;
  readonly requestHeaders: readonly HttpHeader[];
  readonly status: number;
  readonly statusText: string;
  readonly httpVersion: string;
  readonly responseHeaders: readonly HttpHeader[];
  readonly body?: { readonly text: string; readonly mimeType: string };
  readonly error?: string;
  readonly resourceType: string;
}

/**
 * One HAR 1.2 entry with every member Chrome DevTools' importer requires, typed as it reads them (HARFormat.ts:
 * numbers where it calls safeNumber, objects where it constructs one). Sizes are unknown (-1) but for the content.
 */
export function harEntry(parts: EntryParts): HarEntry {
  const { body, error } = parts;
  const content = body === undefined ? { size: 0, mimeType: 'x-unknown' } : { size: body.text.length, ...body };
  return {
    startedDateTime: isoTime(parts.startedAt),
    time: parts.durationMs,
    request: {
      method: parts.method,
      url: parts.url,
      httpVersion: parts.httpVersion,
      headers: parts.requestHeaders,
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status: parts.status,
      statusText: parts.statusText,
      httpVersion: parts.httpVersion,
      headers: parts.responseHeaders,
      cookies: [],
      content,
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
      ...(error === undefined ? {} : { _error: error }),
    },
    cache: {},
    timings: { send: 0, wait: parts.durationMs, receive: 0 },
    _resourceType: parts.resourceType,
  };
}
