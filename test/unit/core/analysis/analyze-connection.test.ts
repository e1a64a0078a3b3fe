import { describe, expect, test } from 'vitest';
import { analyzeConnection } from '../../../../src/core/analysis/analyze-connection.ts';
import { diagnoseSession } from '../../../../src/core/diagnosis/diagnose.ts';
import { tmailBehaviour } from '../../../../src/core/session/tmail-behaviour.ts';
import { F1_TICKET_MINT } from '../../../fixtures/handshakes.ts';
import { CYRUS, STALWART, STOCK_JAMES, TMAIL_BACKEND } from '../../../fixtures/scenario-builders.ts';
import {
  F1_TICKET_OK,
  F2_NO_PUSH_ENABLE,
  F2_TOKEN_PROXY_OK,
  F3_BASIC_DECODED_OK,
  F4_HEADER_OK,
} from '../../../fixtures/scenario-connections.ts';
import { F5A_TICKET_REUSED } from '../../../fixtures/scenario-failures.ts';
import { FAILURE_SCENARIOS, HEALTHY_SCENARIOS } from '../../../fixtures/scenario-table.ts';
import { encodingsOf, KNOWN_SECRETS } from '../../../fixtures/secrets.ts';

const kinds = (analysis: ReturnType<typeof analyzeConnection>) =>
  analysis.findings.map((finding) => `${finding.kind}:${finding.severity}`);

describe('analyzeConnection answers every SCENARIOS case through one entry point', () => {
  test.each([...HEALTHY_SCENARIOS, ...FAILURE_SCENARIOS])('$name', ({ connection, context, strategy, causes }) => {
    const analysis = analyzeConnection(connection, context);
    expect(analysis.auth.strategy).toBe(strategy);
    expect(analysis.causes.map((cause) => cause.id)).toEqual(causes);
    expect(analysis.status).toBe(connection.handshake.status ?? null);
    for (const secret of KNOWN_SECRETS) {
      for (const form of encodingsOf(secret)) expect(analysis.url).not.toContain(form);
    }
  });

  test('the server is recognised from the session the page fetched', () => {
    for (const scenario of [...HEALTHY_SCENARIOS, ...FAILURE_SCENARIOS]) {
      const { kind } = analyzeConnection(scenario.connection, scenario.context).server;
      if (scenario.context.session === TMAIL_BACKEND) expect(kind, scenario.name).toBe('tmail-backend');
      if (scenario.context.session === STALWART) expect(kind, scenario.name).toBe('stalwart');
    }
  });
});

describe('findings per scenario (SCENARIOS exposure column)', () => {
  test('F1: a single-use ticket in the URL is low', () => {
    expect(kinds(analyzeConnection(F1_TICKET_OK, { session: TMAIL_BACKEND }))).toEqual(['credential-in-url:low']);
  });

  test('F2: a bearer token in the URL is high, and a JWT without exp lives forever', () => {
    const analysis = analyzeConnection(F2_TOKEN_PROXY_OK, { session: STALWART });
    expect(kinds(analysis)).toEqual(['credential-in-url:high', 'jwt-long-lived:medium']);
    expect(analysis.worstSeverity).toBe('high');
  });

  test('F3: Basic credentials in the URL are critical and name the user, never the password', () => {
    const analysis = analyzeConnection(F3_BASIC_DECODED_OK, { session: STALWART });
    expect(kinds(analysis)).toEqual(['basic-credentials-in-url:critical']);
    expect(analysis.findings[0]?.location).toContain('alice@example.com');
    expect(JSON.stringify(analysis)).not.toContain('S3cret');
  });

  test('F4: an Authorization header over wss exposes nothing', () => {
    expect(analyzeConnection(F4_HEADER_OK).findings).toEqual([]);
  });

  test('F5a: replaying the F1 ticket is flagged as a reused ticket', () => {
    const analysis = analyzeConnection(F5A_TICKET_REUSED, {
      session: TMAIL_BACKEND,
      otherConnections: [F1_TICKET_OK],
      ticketMints: [F1_TICKET_MINT],
    });
    expect(kinds(analysis)).toContain('ticket-reused:high');
  });
});

describe('push status', () => {
  test('F1 on the TMail backend: push enabled, StateChanges with pushState', () => {
    const { push, frames } = analyzeConnection(F1_TICKET_OK, { session: TMAIL_BACKEND });
    expect(push).toMatchObject({ enabled: true, dataTypes: ['Email', 'Mailbox'], pushStateSeen: true });
    expect(push.stateChanges).toBeGreaterThan(0);
    expect(push.firstStateChangeAt).toBeLessThanOrEqual(push.lastStateChangeAt ?? 0);
    expect(frames.sent + frames.received).toBe(F1_TICKET_OK.frames.length);
  });

  test('F2 on Stalwart: push enabled, StateChanges never carry pushState', () => {
    const { push } = analyzeConnection(F2_TOKEN_PROXY_OK, { session: STALWART });
    expect(push).toMatchObject({ enabled: true, pushStateSeen: false });
    expect(push.stateChanges).toBeGreaterThan(0);
  });

  test('without PushEnable nothing is enabled and nothing arrives', () => {
    expect(analyzeConnection(F2_NO_PUSH_ENABLE).push).toEqual({
      enabled: false,
      stateChanges: 0,
      pushStateSeen: false,
    });
  });
});

describe('F7: upstream TMail against a server without the ticket capability opens nothing', () => {
  test.each([
    ['Stalwart', STALWART],
    ['Cyrus', CYRUS],
    ['stock James', STOCK_JAMES],
  ])('%s', (_name, session) => {
    expect(tmailBehaviour(session).master.wouldConnect).toBe(false);
    expect(diagnoseSession(session).map((cause) => cause.id)).toEqual(['push-unsupported']);
  });

  test('the TMail backend passes the gate', () => {
    expect(tmailBehaviour(TMAIL_BACKEND).master.wouldConnect).toBe(true);
    expect(diagnoseSession(TMAIL_BACKEND)).toEqual([]);
  });
});
