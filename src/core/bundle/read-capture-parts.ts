import type { DropCounts, SessionSighting } from '../capture/capture.ts';
import type { CaptureEnvironment } from '../capture/imported-capture.ts';
import type { HttpHeader } from '../model/http-header.ts';
import type { TicketMint } from '../model/ticket-mint.ts';
import { LIMITS } from './bundle-limits.ts';
import { compact } from './compact.ts';
import type { StrictFields } from './strict-fields.ts';

function optionalShortText(fields: StrictFields, key: string): string | undefined {
  return fields.optional(key, (member) => fields.string(member, LIMITS.shortText));
}

/** A list of HTTP headers, when the member is there. */
export function readHeaders(fields: StrictFields, key: string): HttpHeader[] | undefined {
  return fields.optional(key, (member) =>
    fields.list(member, LIMITS.lines, (header) => ({
      name: header.string('name', LIMITS.shortText),
      value: header.string('value', LIMITS.text),
    })),
  );
}

export function readTicketMint(fields: StrictFields): TicketMint {
  return compact({
    at: fields.number('at'),
    url: fields.string('url', LIMITS.text),
    status: fields.count('status', LIMITS.httpStatus),
    authScheme: optionalShortText(fields, 'authScheme'),
    ticket: fields.optional('ticket', (key) => {
      const ticket = fields.fields(key);
      return compact({
        value: ticket.string('value', LIMITS.text),
        clientAddress: optionalShortText(ticket, 'clientAddress'),
        generatedOn: optionalShortText(ticket, 'generatedOn'),
        validUntil: optionalShortText(ticket, 'validUntil'),
        username: optionalShortText(ticket, 'username'),
      });
    }),
  });
}

/** A session sighting; the `capabilities` written for other readers are checked, then left (the body says them). */
export function readSighting(fields: StrictFields): SessionSighting {
  fields.optional('capabilities', (key) => fields.strings(key, LIMITS.lines, LIMITS.shortText));
  return {
    at: fields.number('at'),
    url: fields.string('url', LIMITS.text),
    body: fields.string('body', LIMITS.payload),
  };
}

export function readDropped(fields: StrictFields): DropCounts {
  return {
    evicted: fields.count('evicted'),
    rejected: fields.count('rejected'),
    lostOnRestart: fields.count('lostOnRestart'),
  };
}

export function readEnvironment(fields: StrictFields): CaptureEnvironment {
  return compact({
    browser: optionalShortText(fields, 'browser'),
    browserVersion: optionalShortText(fields, 'browserVersion'),
    extensionVersion: optionalShortText(fields, 'extensionVersion'),
    userAgent: optionalShortText(fields, 'userAgent'),
  });
}
