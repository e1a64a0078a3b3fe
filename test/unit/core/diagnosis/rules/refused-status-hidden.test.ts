import { describe, expect, test } from 'vitest';
import { connectionFacts } from '../../../../../src/core/diagnosis/connection-facts.ts';
import { diagnose } from '../../../../../src/core/diagnosis/diagnose.ts';
import { refusedStatusHidden } from '../../../../../src/core/diagnosis/rules/refused-status-hidden.ts';
import type { ConnectionRecord } from '../../../../../src/core/model/connection-record.ts';
import { refused } from '../../../../fixtures/scenarios.ts';

const URL_ = 'wss://mail.example.org/jmap/ws';
const SENT = [{ name: 'Upgrade', value: 'websocket' }];

function failed(error: string, requestHeaders = SENT): ConnectionRecord {
  return refused('e', { url: URL_, protocols: ['jmap'], error, requestHeaders }, 0);
}

describe('refused-status-hidden', () => {
  test('Chromium: the handshake went out, then net::ERR_FAILED with no status: refused, not unreachable', () => {
    const causes = diagnose(failed('net::ERR_FAILED'), {}).map((cause) => cause.id);
    expect(causes).toContain('refused-status-hidden');
    expect(causes).not.toContain('server-unreachable');
    expect(refusedStatusHidden(connectionFacts(failed('net::ERR_FAILED'), {}))?.checks[0]).toContain('deep capture');
  });

  test('never sent, another error, or a status known: the other rules speak', () => {
    const unsent = refused('u', { url: URL_, protocols: ['jmap'], error: 'net::ERR_FAILED' }, 0);
    expect(refusedStatusHidden(connectionFacts(unsent, {}))).toBeUndefined();
    expect(diagnose(failed('net::ERR_CONNECTION_REFUSED'), {}).map((cause) => cause.id)).toContain(
      'server-unreachable',
    );
    const answered = refused('s', { url: URL_, protocols: ['jmap'], error: 'net::ERR_FAILED', status: 401 }, 0);
    expect(refusedStatusHidden(connectionFacts(answered, {}))).toBeUndefined();
  });
});
