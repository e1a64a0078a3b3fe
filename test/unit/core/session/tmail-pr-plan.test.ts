import { describe, expect, test } from 'vitest';
import { type PlanContext, TMAIL_AUTH_TYPES, tmailPrPlan } from '../../../../src/core/session/tmail-pr-plan.ts';

const URL = 'wss://mail.example.org/jmap/ws';
const open: PlanContext = { gatePassed: true, advertisedUrl: URL, ticketMode: 'concatenate', accountHasTicket: true };

describe('tmailPrPlan', () => {
  test('lists the three auth types of AuthorizationInterceptors', () => {
    expect(TMAIL_AUTH_TYPES).toEqual(['oidc', 'basic', 'none']);
  });

  test('TokenAuthStrategy: the raw access token in access_token= (F2)', () => {
    const plan = tmailPrPlan('query-access-token', open);
    expect(plan).toMatchObject({ wouldConnect: true, connectUrl: `${URL}?access_token=<access-token>` });
    expect(plan.explanation).toContain('expired');
  });

  test('BasicAuthStrategy: Dart-encoded Basic credentials in authorization= (F3)', () => {
    const plan = tmailPrPlan('query-authorization', open);
    expect(plan.connectUrl).toBe(`${URL}?authorization=Basic+<base64-credentials>`);
    expect(plan.explanation).toContain('password');
  });

  test('NoAuthStrategy: the bare URL', () => {
    expect(tmailPrPlan('none', open)).toMatchObject({ wouldConnect: true, connectUrl: URL });
  });

  test('TicketAuthStrategy appends by concatenation (#4512) or replace (#4261)', () => {
    const withQuery = { ...open, advertisedUrl: `${URL}?tenant=acme` };
    expect(tmailPrPlan('ticket', withQuery).connectUrl).toBe(`${URL}?tenant=acme?ticket=<ticket>`);
    expect(tmailPrPlan('ticket', { ...withQuery, ticketMode: 'replace' }).connectUrl).toBe(
      `${URL}?tenant=acme&ticket=<ticket>`,
    );
  });

  test('Token and Basic always keep existing parameters', () => {
    expect(tmailPrPlan('query-access-token', { ...open, advertisedUrl: `${URL}?a=1` }).connectUrl).toBe(
      `${URL}?a=1&access_token=<access-token>`,
    );
  });

  test('the advertised URL goes through ensureWebSocketUri', () => {
    expect(tmailPrPlan('none', { ...open, advertisedUrl: 'https://mail.example.org/jmap/ws' }).connectUrl).toBe(URL);
  });

  test('nothing is selected when the gate fails', () => {
    const plan = tmailPrPlan('query-access-token', { ...open, gatePassed: false });
    expect(plan).toEqual({
      strategy: 'query-access-token',
      wouldConnect: false,
      explanation: expect.stringContaining('gate'),
    });
  });

  test('no url: nothing to connect to', () => {
    const plan = tmailPrPlan('none', { ...open, advertisedUrl: undefined });
    expect(plan).toMatchObject({ wouldConnect: false, explanation: expect.stringContaining('no url') });
  });

  test('the ticket strategy fails without an account-level ticket capability', () => {
    const plan = tmailPrPlan('ticket', { ...open, accountHasTicket: false });
    expect(plan).toMatchObject({ wouldConnect: false, explanation: expect.stringContaining('accountCapabilities') });
    expect(plan.connectUrl).toBeUndefined();
  });
});
