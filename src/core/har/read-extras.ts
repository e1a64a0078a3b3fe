import { LIMITS } from '../bundle/bundle-limits.ts';
import { compact } from '../bundle/compact.ts';
import { readTicketMint } from '../bundle/read-capture-parts.ts';
import { readClose, readReplay, SOURCES } from '../bundle/read-connection.ts';
import type { StrictFields } from '../bundle/strict-fields.ts';
import type { ConnectionSource, ReplayOrigin } from '../capture/capture.ts';
import type { ConnectionExtras, UnknownMember } from './har-format.ts';

const UNKNOWN_MEMBERS = ['status', 'requestHeaders', 'responseHeaders'] as const satisfies readonly UnknownMember[];

const isUnknownMember = (name: string): name is UnknownMember => (UNKNOWN_MEMBERS as readonly string[]).includes(name);

/** Where a connection of our own HAR came from, and how it was replayed. */
export function readOrigin(custom: StrictFields): { source: ConnectionSource; replay?: ReplayOrigin } {
  const replay = custom.optional('replay', (key) => readReplay(custom.fields(key)));
  return compact({ source: custom.choice('source', SOURCES), replay });
}

/** The `connection` member of our websocket entries: what HAR itself cannot hold. */
export function readExtras(fields: StrictFields): ConnectionExtras {
  const short = (key: string) => fields.string(key, LIMITS.shortText);
  const close = fields.optional('close', (key) => readClose(fields.fields(key)));
  return compact({
    id: short('id'),
    createdAt: fields.number('createdAt'),
    openAt: fields.optional('openAt', fields.number),
    errorAt: fields.optional('errorAt', fields.number),
    closedAt: fields.optional('closedAt', fields.number),
    close,
    protocols: fields.strings('protocols', LIMITS.lines, LIMITS.shortText),
    requestHeadersPartial: fields.optional('requestHeadersPartial', fields.boolean),
    statusLine: fields.optional('statusLine', short),
    chosenProtocol: fields.optional('chosenProtocol', short),
    extensions: fields.optional('extensions', short),
    ticketMint: fields.optional('ticketMint', (key) => readTicketMint(fields.fields(key))),
    unknown: fields.strings('unknown', LIMITS.lines, LIMITS.shortText).filter(isUnknownMember),
  });
}
