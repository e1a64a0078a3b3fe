import { LIMITS } from '../bundle/bundle-limits.ts';
import type { JsonObject } from '../jmap/read-json-fields.ts';
import { contentText, member, optionalString } from './har-fields.ts';

/** Where JMAP clients fetch the session (RFC 8620 §2.2 and the usual routes) and where TMail mints its ticket. */
const SESSION_PATH = /\/\.well-known\/jmap\/?$|\/jmap\/session\/?$/i;
const TICKET_PATH = /\/ws\/ticket\/?$/i;

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/**
 * A session fetch or ticket POST saved without its answer (Firefox: "Response bodies are not included"), which
 * nothing can be read from: one warning, so the user knows why no session or ticket shows.
 */
export function bodilessExchangeWarning(entry: JsonObject, where: string): string | undefined {
  const request = member(entry, 'request') as JsonObject;
  const response = member(entry, 'response') as JsonObject;
  if (contentText(response) !== undefined) return undefined;
  const path = pathOf(optionalString(request, 'url', LIMITS.text) ?? '');
  const method = (optionalString(request, 'method', LIMITS.shortText) ?? 'GET').toUpperCase();
  const what = SESSION_PATH.test(path)
    ? 'the JMAP session'
    : method === 'POST' && TICKET_PATH.test(path)
      ? 'the ticket POST'
      : undefined;
  return (
    what && `${where}: ${what} was saved without its response body, so it cannot be read (save the HAR with content)`
  );
}
