import { describe, expect, test } from 'vitest';
import { analyzeConnection } from '../../../../src/core/analysis/analyze-connection.ts';
import { connectionSecrets } from '../../../../src/core/capture/connection-secrets.ts';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import { redact } from '../../../../src/core/redact/redact.ts';
import { F2_TOKEN_PROXY_OK } from '../../../fixtures/scenarios.ts';
import { SCENARIO_JWT } from '../../../fixtures/secrets.ts';

const SSO_SESSION = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

function withAnswerHeaders(headers: readonly { name: string; value: string }[]): ConnectionRecord {
  const { handshake } = F2_TOKEN_PROXY_OK;
  return {
    ...F2_TOKEN_PROXY_OK,
    handshake: { ...handshake, responseHeaders: [...(handshake.responseHeaders ?? []), ...headers] },
  };
}

const secretsOf = (record: ConnectionRecord) =>
  connectionSecrets(record, analyzeConnection(record, { now: record.createdAt + 60_000 }));

describe('connectionSecrets', () => {
  test('holds the session cookie an SSO sets on the handshake answer, beside the request credential', () => {
    const record = withAnswerHeaders([
      { name: 'Set-Cookie', value: `lemonldap=${SSO_SESSION}; Path=/; Secure; HttpOnly` },
    ]);
    const secrets = secretsOf(record);
    expect(secrets).toContain(SSO_SESSION);
    expect(secrets.some((secret) => secret.includes(SCENARIO_JWT))).toBe(true);
  });

  test('what an imported, redacted file shows keeps its fingerprints when redacted again', () => {
    const record = withAnswerHeaders([{ name: 'Set-Cookie', value: 'lemonldap=[REDACTED:0a1b2c]; Path=/' }]);
    const redacted = {
      ...record,
      handshake: { ...record.handshake, requestHeaders: [{ name: 'Authorization', value: 'Basic [REDACTED:fe9744]' }] },
    };
    const shown = 'Authorization: Basic [REDACTED:fe9744]; Set-Cookie: lemonldap=[REDACTED:0a1b2c]; Path=/';
    expect(redact(shown, secretsOf(redacted))).toBe(shown);
  });

  test('takes nothing from the ordinary answer headers', () => {
    const before = secretsOf(F2_TOKEN_PROXY_OK);
    expect(secretsOf(withAnswerHeaders([{ name: 'Sec-WebSocket-Protocol', value: 'jmap' }]))).toEqual(before);
  });
});
