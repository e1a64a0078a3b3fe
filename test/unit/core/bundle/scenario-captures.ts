import type { Capture, CapturedConnection, SessionSighting } from '../../../../src/core/capture/capture.ts';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import type { JmapSession } from '../../../../src/core/session/jmap-session.ts';
import {
  FAILURE_SCENARIOS,
  HEALTHY_SCENARIOS,
  type Scenario,
  STALWART,
  TMAIL_BACKEND,
} from '../../../fixtures/scenarios.ts';
import {
  type SessionJson,
  STALWART_SESSION_URL,
  stalwartSession,
  TMAIL_BACKEND_SESSION_URL,
  tmailBackendSession,
} from '../../../fixtures/sessions.ts';

export const SCENARIOS: readonly Scenario[] = [...HEALTHY_SCENARIOS, ...FAILURE_SCENARIOS];

/** The sessions the scenario contexts use, with the JSON the page fetched. */
const SESSION_BODIES = new Map<JmapSession, { json: SessionJson; url: string }>([
  [TMAIL_BACKEND, { json: tmailBackendSession, url: TMAIL_BACKEND_SESSION_URL }],
  [STALWART, { json: stalwartSession, url: STALWART_SESSION_URL }],
]);

export function live(record: ConnectionRecord): CapturedConnection {
  return { ...record, source: 'live', pageUrl: 'https://mail.example.org/inbox' };
}

function sightingOf(session: JmapSession | undefined, at: number): SessionSighting[] {
  if (session === undefined) return [];
  const fixture = SESSION_BODIES.get(session);
  if (fixture === undefined) throw new Error(`no session body for ${session.sessionUrl}`);
  return [{ at, url: fixture.url, body: JSON.stringify(fixture.json) }];
}

/** A scenario as the panel would have captured it: its connection after the others of its context, its session fetched first. */
export function scenarioCapture(scenario: Scenario): Capture {
  const { connection, context } = scenario;
  const others = (context.otherConnections ?? []).filter((other) => other.id !== connection.id);
  const records = [...others, connection];
  const firstAt = Math.min(...records.map((record) => record.createdAt));
  return {
    connections: records.map(live),
    sessions: sightingOf(context.session, firstAt - 1_000),
    ticketMints: [...(context.ticketMints ?? [])],
  };
}

/** Every scenario connection in one capture (each id once), with every session and ticket POST their contexts name. */
export function allScenariosCapture(): Capture {
  const captures = SCENARIOS.map(scenarioCapture);
  const connections = new Map(captures.flatMap((capture) => capture.connections).map((c) => [c.id, c]));
  return {
    connections: [...connections.values()].sort((a, b) => a.createdAt - b.createdAt),
    sessions: captures.flatMap((capture) => capture.sessions).sort((a, b) => a.at - b.at),
    ticketMints: [...new Set(captures.flatMap((capture) => capture.ticketMints))],
  };
}

/** When `now` is needed: late enough that every scenario connection has ended. */
export function nowAfter(capture: Capture): number {
  return Math.max(...capture.connections.map((connection) => connection.createdAt)) + 60_000;
}
