import { describe, expect, test } from 'vitest';
import { CAUSE_FIX } from '../../../../src/core/replay/cause-fix.ts';
import {
  type MatrixCell,
  matrixCells,
  matrixRow,
  matrixSummary,
  runDiagnoseMatrix,
} from '../../../../src/core/replay/diagnose-matrix.ts';
import type { EndpointProfile } from '../../../../src/core/replay/endpoint-profile.ts';
import { startReplay } from '../../../../src/core/replay/replay-engine.ts';
import type { SocketRequest } from '../../../../src/core/replay/replay-io.ts';
import { planReplay } from '../../../../src/core/replay/replay-plan.ts';
import { findQueryParam, queryParams } from '../../../../src/core/url/query-params.ts';
import { STALWART, TMAIL_BACKEND } from '../../../fixtures/scenario-builders.ts';
import { F2_TOKEN_PROXY_OK } from '../../../fixtures/scenario-connections.ts';
import { STALWART_OPAQUE_TOKEN } from '../../../fixtures/secrets.ts';
import { FakeClock } from './support/fake-clock.ts';
import { fakeSocketFactory, type Handshake, jmapAnswers } from './support/fake-server.ts';

const CREDENTIAL = { scheme: 'Bearer', value: STALWART_OPAQUE_TOKEN } as const;
const profile = (name: string, host: string): EndpointProfile => ({
  name,
  url: `wss://${host}/jmap/ws`,
  transport: 'none',
  encoding: 'form',
  extraParams: [],
  subprotocols: ['jmap'],
});
const ORIGIN = profile('origin', 'mail.example.org');
const FIXED = profile('fixed-proxy', 'good.example.org');
const SEED = profile('seed-nginx', 'seed.example.org');
const STALWART_401: Handshake = {
  kind: 'refuse',
  status: 401,
  headers: [{ name: 'WWW-Authenticate', value: 'Bearer realm="Stalwart Server"' }],
  body: '{"type":"about:blank","status":401,"title":"Unauthorized","detail":"You have to authenticate first."}',
};

/** The header the upstream Stalwart would get from this hop, for the request the replay made. */
function upstreamAuthorization(request: SocketRequest, decodes: boolean): string | undefined {
  if (request.authorization !== undefined) return request.authorization;
  // Stalwart itself reads no query parameter (FACTS §0.4).
  if (new URL(request.url).hostname === new URL(ORIGIN.url).hostname) return undefined;
  const params = queryParams(request.url);
  const pick = (name: string) => {
    const param = findQueryParam(params, name);
    return param === undefined ? undefined : decodes ? param.value : param.raw;
  };
  const authorization = pick('authorization');
  if (authorization !== undefined) return authorization;
  const token = pick('access_token');
  return token === undefined ? undefined : `Bearer ${token}`;
}

function stalwartBehind(request: SocketRequest): Handshake {
  const decodes = !request.url.includes('seed.example.org');
  return upstreamAuthorization(request, decodes) === `Bearer ${STALWART_OPAQUE_TOKEN}`
    ? { kind: 'open' }
    : STALWART_401;
}

async function run(cell: MatrixCell) {
  const clock = new FakeClock(Date.parse('2026-08-21T10:00:00Z'));
  const { factory } = fakeSocketFactory(clock, { handshake: stalwartBehind, answer: jmapAnswers(100) });
  const planned = planReplay(F2_TOKEN_PROXY_OK);
  if (!planned.ok) throw new Error('plan');
  const handle = startReplay({
    id: `${cell.endpoint.name}-${cell.transport}`,
    plan: planned.plan,
    profile: cell.endpoint,
    credential: CREDENTIAL,
    configuredHosts: [ORIGIN.url, FIXED.url, SEED.url],
    socketFactory: factory,
    clock,
  });
  await clock.advance(30_000);
  return handle.done;
}

describe('diagnose matrix', () => {
  test('cells: every endpoint × every applicable transport (no ticket on Stalwart)', () => {
    const cells = matrixCells({ endpoints: [ORIGIN, FIXED], session: STALWART, credential: CREDENTIAL });
    expect(cells.map((cell) => `${cell.endpoint.name}/${cell.transport}/${cell.endpoint.transport}`)).toEqual([
      'origin/query-access-token/query-access-token',
      'origin/query-authorization/query-authorization',
      'origin/header/header',
      'origin/none/none',
      'fixed-proxy/query-access-token/query-access-token',
      'fixed-proxy/query-authorization/query-authorization',
      'fixed-proxy/header/header',
      'fixed-proxy/none/none',
    ]);
    expect(
      matrixCells({ endpoints: [ORIGIN], session: TMAIL_BACKEND, credential: CREDENTIAL }).map(
        (cell) => cell.transport,
      ),
    ).toContain('ticket');
  });

  test('rows: the failing hop, its cause from the diagnosis rules, and the fix', async () => {
    const cells = matrixCells({ endpoints: [ORIGIN, FIXED, SEED], session: STALWART, credential: CREDENTIAL }).filter(
      (cell) => cell.transport === 'query-access-token' || cell.transport === 'header',
    );
    const seen: string[] = [];
    const rows = await runDiagnoseMatrix({
      cells,
      run,
      context: { session: STALWART },
      onRow: (row) => seen.push(row.endpoint),
    });
    expect(seen).toHaveLength(6);
    const table = rows.map((row) => [
      row.endpoint,
      row.transport,
      row.verdict,
      row.status,
      row.cause?.id ?? null,
      row.proxyConfigFixes,
    ]);
    expect(table).toEqual([
      // Encoded and unread: the rules name the encoding first, then the missing header (see outcome.causes).
      ['origin', 'query-access-token', 'refused', 401, 'credential-not-decoded', true],
      ['origin', 'header', 'push-works', 101, null, false],
      ['fixed-proxy', 'query-access-token', 'push-works', 101, null, false],
      ['fixed-proxy', 'header', 'push-works', 101, null, false],
      ['seed-nginx', 'query-access-token', 'refused', 401, 'credential-not-decoded', true],
      ['seed-nginx', 'header', 'push-works', 101, null, false],
    ]);
    expect(rows[4]?.fix).toBe(CAUSE_FIX['credential-not-decoded']);
    expect(rows[0]?.outcome.causes.map((cause) => cause.id)).toEqual(['credential-not-decoded', 'auth-header-missing']);
    expect(rows[1]?.fix).toBe('');
    expect(rows[4]?.url).not.toContain('q7Yd');
    expect(matrixSummary(rows)).toBe(
      'Works: origin via header, fixed-proxy via query-access-token, fixed-proxy via header, seed-nginx via header. Fails: origin via query-access-token (credential-not-decoded), seed-nginx via query-access-token (credential-not-decoded).',
    );
  });

  test('a cell that could not run says why; a failure no rule explains says so', () => {
    const cell = { endpoint: { ...ORIGIN, transport: 'ticket' as const }, transport: 'ticket' as const };
    const row = matrixRow(cell, {
      reason: 'mint-failed',
      detail: 'the ticket mint answered HTTP 401 without a ticket',
    });
    expect(row).toMatchObject({
      verdict: 'not-run',
      url: ORIGIN.url,
      fix: 'the ticket mint answered HTTP 401 without a ticket',
    });
    const record = { ...F2_TOKEN_PROXY_OK, frames: [], handshake: { url: ORIGIN.url, protocols: ['jmap'] } };
    expect(matrixRow(cell, { reason: 'closed', record }).fix).toBe('no rule explains this outcome: compare the frames');
    expect(matrixSummary([])).toBe('Nothing worked. Nothing failed.');
  });
});
