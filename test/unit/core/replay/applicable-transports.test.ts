import { describe, expect, test } from 'vitest';
import { applicableTransports, ticketGenerationEndpoint } from '../../../../src/core/replay/applicable-transports.ts';
import { parseSession } from '../../../../src/core/session/parse-session.ts';
import { CYRUS, STALWART, TMAIL_BACKEND } from '../../../fixtures/scenario-builders.ts';
import { BASIC_CREDENTIALS, SCENARIO_JWT } from '../../../fixtures/secrets.ts';
import { TMAIL_BACKEND_TICKET_ENDPOINT } from '../../../fixtures/sessions.ts';

const BEARER = { scheme: 'Bearer', value: SCENARIO_JWT } as const;
const BASIC = { scheme: 'Basic', value: BASIC_CREDENTIALS } as const;

const applicable = (input: Parameters<typeof applicableTransports>[0]) =>
  applicableTransports(input)
    .filter((option) => option.applicable)
    .map((option) => option.transport);

describe('applicableTransports', () => {
  test('ticket only when the session has a ticket generationEndpoint (TMail backend, not Stalwart or Cyrus)', () => {
    expect(applicable({ session: TMAIL_BACKEND, credential: BEARER })).toEqual([
      'query-access-token',
      'query-authorization',
      'ticket',
      'header',
      'none',
    ]);
    expect(applicable({ session: STALWART, credential: BEARER })).not.toContain('ticket');
    const ticket = applicableTransports({ session: CYRUS, credential: BEARER }).find(
      (option) => option.transport === 'ticket',
    );
    expect(ticket?.reason).toBe(
      'the session advertises no ticket generationEndpoint (com:linagora:params:jmap:ws:ticket)',
    );
  });

  test('access_token carries only a Bearer token; Basic goes as authorization or header', () => {
    expect(applicable({ session: STALWART, credential: BASIC })).toEqual(['query-authorization', 'header', 'none']);
  });

  test('without a credential only "none" applies, and every other option says why', () => {
    const options = applicableTransports({ session: TMAIL_BACKEND });
    expect(options.filter((option) => option.applicable).map((option) => option.transport)).toEqual(['none']);
    for (const option of options.filter((candidate) => !candidate.applicable))
      expect(option.reason).toMatch(/needs a credential/);
  });

  test('the ticket endpoint comes from the session, else the primary account, else any account', () => {
    expect(ticketGenerationEndpoint(TMAIL_BACKEND)).toBe(TMAIL_BACKEND_TICKET_ENDPOINT);
    expect(ticketGenerationEndpoint(undefined)).toBeUndefined();
    const accountOnly = parseSession(
      {
        capabilities: {},
        accounts: {
          a: { accountCapabilities: {} },
          b: { accountCapabilities: { 'com:linagora:params:jmap:ws:ticket': { generationEndpoint: '/ws/ticket' } } },
        },
        primaryAccounts: { 'urn:ietf:params:jmap:mail': 'a' },
      },
      'https://jmap.example.com/jmap/session',
    );
    expect(accountOnly.ok && ticketGenerationEndpoint(accountOnly.session)).toBe('https://jmap.example.com/ws/ticket');
  });
});
