import { describe, expect, test } from 'vitest';
import { diagnoseSession } from '../../../../src/core/diagnosis/diagnose.ts';
import { redact } from '../../../../src/core/redact/redact.ts';
import { CYRUS, STALWART, STOCK_JAMES } from '../../../fixtures/scenario-builders.ts';

/** The core's own evidence and explanations pass through redact(): ordinary words must survive it. */
describe('redact leaves prose alone', () => {
  test.each([
    'the ticket POST authenticated with a Bearer Authorization header',
    'the URL carries a ticket= parameter that was minted 0.1 s earlier',
    'Basic authentication and Bearer realm="Stalwart Server" are offered',
    'the accounts lack com:linagora:params:jmap:ws:ticket: that is the tmail-backend ticket extension',
  ])('%s', (prose) => {
    expect(redact(prose)).toBe(prose);
  });

  test('no session-level cause reads as a credential', () => {
    for (const session of [STALWART, CYRUS, STOCK_JAMES]) {
      for (const cause of diagnoseSession(session)) expect(redact(cause.explanation)).toBe(cause.explanation);
    }
  });

  test('while real credentials next to the same words are still redacted', () => {
    expect(redact('Authorization: Bearer abcDEF123456789xyz')).not.toContain('abcDEF123456789xyz');
    expect(redact('wss://h/jmap/ws?ticket=6f1c2b9e-8d4a-4c7e-9b1a-2f3e4d5c6b7a')).not.toContain('6f1c2b9e');
  });
});
