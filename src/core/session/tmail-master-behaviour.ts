import type { JmapAccount, JmapSession } from './jmap-session.ts';
import { isHostless } from './resolve-url.ts';
import { tmailTicketProperties, tmailWebSocketProperties } from './tmail-capability-properties.ts';
import { appendQueryParameter, tmailWebSocketUri } from './tmail-connect-url.ts';
import type { SupportsPushReading, TmailGateBlocker } from './tmail-master-gate.ts';
import { tmailMasterGate } from './tmail-master-gate.ts';

export const TICKET_PLACEHOLDER = '<ticket>';

/** What upstream TMail master does with this session (FACTS §1.1). */
export interface TmailMasterBehaviour {
  readonly wouldConnect: boolean;
  readonly blocker?: TmailGateBlocker;
  /** Plain English: what TMail does, or why it opens nothing. */
  readonly explanation: string;
  readonly accountId?: string;
  readonly supportsPush?: SupportsPushReading;
  /** Where TMail POSTs (no body, real Authorization header) for a ticket before every attempt: ADR 0087-normalised. */
  readonly ticketEndpoint?: string;
  /** The URL handed to `WebSocketChannel.connect` (subprotocol `jmap`), with `<ticket>` for the minted value. */
  readonly connectUrl?: string;
  /** Problems with that URL. */
  readonly notes: readonly string[];
}

/** Problems with a connect URL built from the advertised capability `url`. */
export function connectUrlNotes(advertised: string, concatenatesTicket: boolean): string[] {
  const notes: string[] = [];
  if (concatenatesTicket && advertised.includes('?')) {
    notes.push(
      'The capability URL already has a query and "?ticket=" is appended by string concatenation, so the URL gets a second "?"; a standard query parser (Netty in James) reads the ticket as part of the previous value and finds no ticket parameter (inference).',
    );
  }
  if (isHostless(advertised)) {
    notes.push(
      'The capability URL has no host; TMail does not resolve it against the session URL, so the browser takes the first path segment as the host (inference).',
    );
  }
  if (/^ws:/i.test(advertised)) {
    notes.push(
      'The capability URL is plain ws://: RFC 8887 requires wss, and an https page cannot open ws:// (mixed content).',
    );
  }
  return notes;
}

function afterGate(
  session: JmapSession,
  account: JmapAccount,
  supportsPush: SupportsPushReading,
): TmailMasterBehaviour {
  const base = { accountId: account.id, supportsPush, notes: [] };
  const ticketEndpoint = tmailTicketProperties(session, account).properties?.generationEndpoint;
  if (ticketEndpoint === undefined) {
    const explanation =
      'The gate passes, but the ticket capability has no usable generationEndpoint (WebSocketTicketUnavailableException): no ticket, no WebSocket, only a logged warning.';
    return { ...base, wouldConnect: false, blocker: 'no-generation-endpoint', explanation };
  }
  const advertised = tmailWebSocketProperties(session, account).properties?.url;
  if (advertised === undefined) {
    const explanation = `TMail mints a ticket (POST ${ticketEndpoint}), then finds no url in the websocket capability: no WebSocket, only a logged warning (inference).`;
    return { ...base, wouldConnect: false, blocker: 'no-websocket-url', explanation, ticketEndpoint };
  }
  const connectUrl = appendQueryParameter(tmailWebSocketUri(advertised), 'ticket', TICKET_PLACEHOLDER, 'concatenate');
  const explanation = `TMail POSTs to ${ticketEndpoint} with its Authorization header for a one-time ticket, then opens ${connectUrl} with subprotocol jmap; every attempt (up to 3 immediate retries) mints a new ticket.`;
  return {
    ...base,
    wouldConnect: true,
    explanation,
    ticketEndpoint,
    connectUrl,
    notes: connectUrlNotes(advertised, true),
  };
}

export function tmailMasterBehaviour(session: JmapSession, gate = tmailMasterGate(session)): TmailMasterBehaviour {
  if (gate.passed) return afterGate(session, gate.account, gate.supportsPush);
  const { passed: _passed, ...verdict } = gate;
  return { ...verdict, wouldConnect: false, notes: [] };
}
