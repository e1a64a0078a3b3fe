import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classifyAuth } from '../../../../src/core/auth/classify-auth.ts';
import { CAUSE_IDS, type Cause } from '../../../../src/core/diagnosis/cause.ts';
import { diagnose, diagnoseSession } from '../../../../src/core/diagnosis/diagnose.ts';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import { expectNoSecret } from '../../../fixtures/expect-no-secret.ts';
import { F2B_HANDSHAKE } from '../../../fixtures/handshakes.ts';
import {
  F7_SESSIONS,
  FAILURE_SCENARIOS,
  HEALTHY_SCENARIOS,
  refused,
  type Scenario,
  TMAIL_BACKEND,
} from '../../../fixtures/scenarios.ts';
import { encodingsOf, KNOWN_SECRETS } from '../../../fixtures/secrets.ts';
import { arbitraryConnection, arbitraryContext } from './arbitrary-connection.ts';

const ALL_SCENARIOS: readonly Scenario[] = [...HEALTHY_SCENARIOS, ...FAILURE_SCENARIOS];

function textOf(cause: Cause): string {
  return [cause.title, cause.explanation, ...cause.checks].join('\n');
}

describe('diagnose on the SCENARIOS fixtures', () => {
  test.each(HEALTHY_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s (healthy) has no cause',
    (_name, scenario) => {
      expect(diagnose(scenario.connection, scenario.context)).toEqual([]);
    },
  );

  test.each(FAILURE_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s gives exactly its causes, in order',
    (_name, scenario) => {
      const causes = diagnose(scenario.connection, scenario.context);
      expect(causes.map((cause) => cause.id)).toEqual(scenario.causes);
    },
  );

  test.each(ALL_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s is classified as its documented strategy',
    (_name, { connection, strategy }) => {
      const auth = classifyAuth({
        handshake: connection.handshake,
        ticketMint: connection.ticketMint,
        createdAt: connection.createdAt,
      });
      expect(auth.strategy).toBe(strategy);
    },
  );

  test('every cause id is produced by at least one scenario', () => {
    const produced = new Set(ALL_SCENARIOS.flatMap((scenario) => scenario.causes));
    expect(CAUSE_IDS.filter((id) => !produced.has(id))).toEqual(['push-unsupported']);
  });

  test('every cause has a title, an explanation and checks', () => {
    const causes = FAILURE_SCENARIOS.flatMap((scenario) => diagnose(scenario.connection, scenario.context));
    for (const cause of causes) {
      expect(cause.title).not.toBe('');
      expect(cause.title).not.toContain('\n');
      expect(cause.explanation.length).toBeGreaterThan(40);
      expect(cause.checks.length).toBeGreaterThan(0);
    }
  });

  test('no cause holds a known secret, in any wire form', () => {
    const lines = ALL_SCENARIOS.flatMap((scenario) => diagnose(scenario.connection, scenario.context).map(textOf));
    expectNoSecret(lines, KNOWN_SECRETS.flatMap(encodingsOf));
  });

  test('works without a context', () => {
    const causes = diagnose(refused('no-context', F2B_HANDSHAKE, 0));
    expect(causes.map((cause) => cause.id)).toEqual(['auth-header-missing']);
  });
});

describe('diagnoseSession (F7: no connection at all)', () => {
  test.each(F7_SESSIONS.map(({ name, session }) => [name, session] as const))(
    '%s: upstream TMail has no push transport',
    (_name, session) => {
      const causes = diagnoseSession(session);
      expect(causes.map((cause) => cause.id)).toEqual(['push-unsupported']);
      expect(causes[0]?.explanation).toMatch(/ticket|no WebSocket/i);
    },
  );

  test('the TMail backend session needs no diagnosis', () => {
    expect(diagnoseSession(TMAIL_BACKEND)).toEqual([]);
  });
});

describe('diagnose properties', () => {
  test('never throws and returns well-formed causes with unique ids', () => {
    fc.assert(
      fc.property(arbitraryConnection(), arbitraryContext(), (connection, context) => {
        const causes = diagnose(connection, context);
        const ids = causes.map((cause) => cause.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const cause of causes) expect(CAUSE_IDS).toContain(cause.id);
      }),
      { numRuns: 400 },
    );
  });

  test('never shows a credential from the URL or the header, even when the server echoes it', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{16,40}$/);
    const param = fc.constantFrom('access_token', 'token', 'authorization', 'ticket');
    const status = fc.constantFrom(101, 200, 400, 401, 426, 500, 502);
    fc.assert(
      fc.property(secret, param, status, arbitraryContext(), (value, name, code, context) => {
        const connection: ConnectionRecord = {
          id: 'secret',
          createdAt: 1_000,
          errorAt: 1_050,
          frames: [],
          handshake: {
            url: `wss://mail.example.org/jmap/ws?${name}=${value}`,
            protocols: ['jmap', `token.${value}`],
            requestHeaders: [{ name: 'Authorization', value: `Bearer ${value}x` }],
            status: code,
            responseBody: JSON.stringify({ status: code, detail: `rejected ${value} and ${value}x` }),
            chosenProtocol: value,
            error: `failed for ${value}`,
          },
        };
        const text = diagnose(connection, context).map(textOf).join('\n');
        expect(text).not.toContain(value);
      }),
      { numRuns: 200 },
    );
  });
});
