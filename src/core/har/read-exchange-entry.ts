import { LIMITS } from '../bundle/bundle-limits.ts';
import { readTicketMint } from '../bundle/read-capture-parts.ts';
import { StrictFields } from '../bundle/strict-fields.ts';
import { type RecognizedExchange, recognizeExchange } from '../capture/recognize-exchange.ts';
import type { JsonObject } from '../jmap/read-json-fields.ts';
import { contentText, headersAt, member, objectAt, optionalString, stringAt, timeAt } from './har-fields.ts';
import { CUSTOM_KEY } from './har-format.ts';

/** What our own export wrote beside a session fetch or ticket POST: its exact time, or the whole ticket POST. */
function ownExchange(custom: StrictFields, url: string, body: string | undefined): RecognizedExchange {
  if (custom.has('ticketMint')) return { kind: 'ticket', mint: readTicketMint(custom.fields('ticketMint')) };
  return { kind: 'session', url, at: custom.fields('session').number('at'), body: body ?? '' };
}

/**
 * An ordinary entry as the JMAP session fetch or Linagora ticket POST it may be (recognised from its answer, as in
 * DevTools), or undefined. A ShapeError when it lacks what every HAR entry has.
 */
export function readExchangeEntry(entry: JsonObject, where: string): RecognizedExchange | undefined {
  const request = objectAt(entry, 'request', where);
  const response = objectAt(entry, 'response', where);
  const url = stringAt(request, 'url', `${where}.request`);
  const responseBody = contentText(response);
  const custom = member(entry, CUSTOM_KEY);
  if (custom !== undefined) return ownExchange(StrictFields.of(custom, `${where}.${CUSTOM_KEY}`), url, responseBody);
  const status = member(response, 'status');
  return recognizeExchange({
    method: optionalString(request, 'method', LIMITS.shortText) ?? 'GET',
    url,
    status: typeof status === 'number' ? status : 0,
    startedAt: timeAt(entry, 'startedDateTime', where),
    requestHeaders: headersAt(request, 'headers', { count: 0 }),
    responseBody,
  });
}
