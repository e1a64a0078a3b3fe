import type { Capture, CapturedConnection, SessionSighting } from '../../../../src/core/capture/capture.ts';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import { CYRUS, type Scenario, STALWART, STOCK_JAMES, TMAIL_BACKEND } from '../../../fixtures/scenarios.ts';
import {
  CYRUS_SESSION_URL,
  cyrusSession,
  JAMES_SESSION_URL,
  jamesSession,
  STALWART_SESSION_URL,
  stalwartSession,
  TMAIL_BACKEND_SESSION_URL,
  tmailBackendSession,
} from '../../../fixtures/sessions.ts';

const SESSION_TEXTS = new Map<unknown, { url: string; json: unknown }>([
  [TMAIL_BACKEND, { url: TMAIL_BACKEND_SESSION_URL, json: tmailBackendSession }],
  [STALWART, { url: STALWART_SESSION_URL, json: stalwartSession }],
  [CYRUS, { url: CYRUS_SESSION_URL, json: cyrusSession }],
  [STOCK_JAMES, { url: JAMES_SESSION_URL, json: jamesSession }],
]);

export const live = (record: ConnectionRecord): CapturedConnection => ({
  ...record,
  source: 'live',
  pageUrl: 'https://mail.example.com/',
});

/** A scenario as a tab would have captured it: its connection with the others of its context, its session fetched first. */
export function scenarioCapture(scenario: Scenario): { capture: Capture; now: number; latest: ConnectionRecord } {
  const { connection, context } = scenario;
  const others = (context.otherConnections ?? []).filter((other) => other.id !== connection.id);
  const records = [...others, connection].sort((a, b) => a.createdAt - b.createdAt);
  const first = records[0] as ConnectionRecord;
  const latest = records.at(-1) as ConnectionRecord;
  const session = SESSION_TEXTS.get(context.session);
  const sessions: SessionSighting[] =
    session === undefined
      ? []
      : [{ at: first.createdAt - 1_000, url: session.url, body: JSON.stringify(session.json) }];
  const capture: Capture = { connections: records.map(live), sessions, ticketMints: [...(context.ticketMints ?? [])] };
  return { capture, now: context.now ?? latest.createdAt + 1_000, latest };
}
