import { compact } from '../bundle/compact.ts';
import type { Capture, CapturedConnection, SessionSighting } from '../capture/capture.ts';
import type { CapturedFrame, FrameData } from '../model/frame.ts';
import type { HandshakeRecord } from '../model/handshake-record.ts';
import type { HttpHeader } from '../model/http-header.ts';
import type { TicketMint } from '../model/ticket-mint.ts';
import { redact } from './redact.ts';
import { wireForms } from './wire-forms.ts';

type Redactor = (text: string) => string;

function optionalText(text: string | undefined, clean: Redactor): string | undefined {
  return text === undefined ? undefined : clean(text);
}

function redactHeaders(headers: readonly HttpHeader[] | undefined, clean: Redactor): HttpHeader[] | undefined {
  return headers?.map((header) => ({ name: header.name, value: clean(header.value) }));
}

function redactHandshake(handshake: HandshakeRecord, clean: Redactor): HandshakeRecord {
  const redacted: HandshakeRecord = {
    ...handshake,
    url: clean(handshake.url),
    protocols: handshake.protocols.map(clean),
    requestHeaders: redactHeaders(handshake.requestHeaders, clean),
    statusLine: optionalText(handshake.statusLine, clean),
    responseHeaders: redactHeaders(handshake.responseHeaders, clean),
    responseBody: optionalText(handshake.responseBody, clean),
    chosenProtocol: optionalText(handshake.chosenProtocol, clean),
    extensions: optionalText(handshake.extensions, clean),
    error: optionalText(handshake.error, clean),
  };
  return compact(redacted);
}

/**
 * Binary frames keep their size and lose their head: its bytes can spell `Bearer <token>`, and no redaction matches a
 * secret written as hex (or as the base64 a HAR holds).
 */
function redactData(data: FrameData, clean: Redactor): FrameData {
  return data.kind === 'text' ? { kind: 'text', text: clean(data.text) } : { ...data, headHex: '' };
}

function redactFrame(frame: CapturedFrame, clean: Redactor): CapturedFrame {
  return { ...frame, data: redactData(frame.data, clean) };
}

function redactMint(mint: TicketMint, clean: Redactor): TicketMint {
  const { ticket } = mint;
  if (ticket === undefined) return { ...mint, url: clean(mint.url) };
  const redactedTicket = { ...ticket, value: clean(ticket.value), username: optionalText(ticket.username, clean) };
  return { ...mint, url: clean(mint.url), ticket: compact(redactedTicket) };
}

function redactConnection(connection: CapturedConnection, clean: Redactor): CapturedConnection {
  const { close, ticketMint } = connection;
  return compact({
    ...connection,
    pageUrl: clean(connection.pageUrl),
    handshake: redactHandshake(connection.handshake, clean),
    frames: connection.frames.map((frame) => redactFrame(frame, clean)),
    close: close === undefined ? undefined : { ...close, reason: clean(close.reason) },
    ticketMint: ticketMint === undefined ? undefined : redactMint(ticketMint, clean),
  });
}

function redactSighting(sighting: SessionSighting, clean: Redactor): SessionSighting {
  return { ...sighting, url: clean(sighting.url), body: clean(sighting.body) };
}

/**
 * `redact` turns the secrets into its pattern again for each text (half a millisecond with a dozen secrets): a minute
 * for 100 000 frames. Most texts hold none of them, and for those `redact` with no list gives the same result (it
 * still finds secrets by itself), so one pattern built here picks the texts that need the list. It ignores case, as
 * `redact` does for `%2b`/`%2B`; matching more than needed only costs time.
 */
function redactorFor(secrets: readonly string[]): Redactor {
  const forms = [...new Set(secrets.flatMap(wireForms))];
  if (forms.length === 0) return (text) => redact(text);
  const anyForm = new RegExp(forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
  return (text) => redact(text, anyForm.test(text) ? secrets : []);
}

/**
 * The capture with every text that can hold a secret redacted: URLs, header values, subprotocols, status lines,
 * bodies, errors, close reasons, frame payloads, session sightings and ticket POSTs; binary frames keep only their
 * size. Given the capture's secrets (`captureSecrets`), the same secret gets the same fingerprint everywhere. Ids,
 * times and sizes are kept.
 */
export function redactCapture(capture: Capture, secrets: readonly string[]): Capture {
  const clean = redactorFor(secrets);
  return {
    ...capture,
    connections: capture.connections.map((connection) => redactConnection(connection, clean)),
    sessions: capture.sessions.map((sighting) => redactSighting(sighting, clean)),
    ticketMints: capture.ticketMints.map((mint) => redactMint(mint, clean)),
  };
}
