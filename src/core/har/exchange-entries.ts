import type { SessionSighting } from '../capture/capture.ts';
import type { TicketMint } from '../model/ticket-mint.ts';
import { harEntry } from './har-entry.ts';
import { CUSTOM_KEY, type HarEntry } from './har-format.ts';

const JSON_TYPE = 'application/json';
const HTTP_1_1 = 'HTTP/1.1';

/** The session fetch as DevTools shows it: a GET answered with the session JSON. */
export function sessionEntry(sighting: SessionSighting): HarEntry {
  const { at, url, body } = sighting;
  const entry = harEntry({
    startedAt: at,
    durationMs: 0,
    method: 'GET',
    url,
    requestHeaders: [],
    status: 200,
    statusText: 'OK',
    httpVersion: HTTP_1_1,
    responseHeaders: [{ name: 'Content-Type', value: JSON_TYPE }],
    body: { text: body, mimeType: JSON_TYPE },
    resourceType: 'fetch',
  });
  return { ...entry, [CUSTOM_KEY]: { session: { at } } };
}

/**
 * The ticket POST to the `generationEndpoint`, answered with the ticket JSON (FACTS §2). Its Authorization header was
 * never kept (only the scheme is): the whole mint travels beside it, so a failed POST reads back as well.
 */
export function ticketEntry(mint: TicketMint): HarEntry {
  const { ticket } = mint;
  const entry = harEntry({
    startedAt: mint.at,
    durationMs: 0,
    method: 'POST',
    url: mint.url,
    requestHeaders: [],
    status: mint.status,
    statusText: '',
    httpVersion: HTTP_1_1,
    responseHeaders: ticket === undefined ? [] : [{ name: 'Content-Type', value: JSON_TYPE }],
    ...(ticket === undefined ? {} : { body: { text: JSON.stringify(ticket), mimeType: JSON_TYPE } }),
    resourceType: 'fetch',
  });
  return { ...entry, [CUSTOM_KEY]: { ticketMint: mint } };
}
