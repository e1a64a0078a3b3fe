import { describe, expect, test } from 'vitest';
import { buildBundle } from '../../../../src/core/bundle/build-bundle.ts';
import { analyzeCapture } from '../../../../src/core/capture/analyze-capture.ts';
import { buildHar } from '../../../../src/core/har/build-har.ts';
import { buildReport } from '../../../../src/core/report/build-report.ts';
import { encodingsOf, KNOWN_SECRETS } from '../../../fixtures/secrets.ts';
import {
  AUTHORIZATION_CODE,
  BEARER_HEAD_BASE64,
  BEARER_HEAD_HEX,
  CALLBACK_URL,
  LEAKS,
  leakyCapture,
  SSO_SESSION,
} from './leaky-capture.ts';
import { nowAfter } from './scenario-captures.ts';

const PRODUCER = { name: 'JMAP Push Inspector', version: '0.4.0' };
const capture = leakyCapture();
const now = nowAfter(capture);

function exportsOf(redacted: boolean, payloads: boolean): { bundle: string; har: string } {
  const options = { redacted, payloads, now, producer: PRODUCER };
  return { bundle: buildBundle(capture, options), har: buildHar(capture, options) };
}

function heldIn(text: string): string[] {
  const known = KNOWN_SECRETS.flatMap(encodingsOf);
  return [...LEAKS, ...known].filter((secret) => text.includes(secret));
}

describe('redacted exports of a capture with a Set-Cookie answer, a Bearer binary frame and an OIDC callback page', () => {
  test.each([true, false])('bundle and HAR hold none of them (payloads: %s)', (payloads) => {
    for (const [name, text] of Object.entries(exportsOf(true, payloads))) expect(heldIn(text), name).toEqual([]);
  });

  test('the report holds none of them', () => {
    const report = buildReport({ analyzed: analyzeCapture(capture, now), capture, now, producer: PRODUCER });
    expect(heldIn(report.markdown)).toEqual([]);
    expect(heldIn(report.html)).toEqual([]);
  });

  test('the cookie and the code are fingerprinted where they were, the binary frame keeps its size', () => {
    const { connections } = JSON.parse(exportsOf(true, true).bundle);
    const leaky = connections.find((connection: { id: string }) => connection.id === 'leaky');
    expect(leaky.pageUrl).toMatch(
      /^https:\/\/mail\.example\.com\/oidc\/callback\?code=\[REDACTED:[0-9a-f]{6}\]&state=/,
    );
    expect(JSON.stringify(leaky.handshake.responseHeaders)).toMatch(/lemonldap=\[REDACTED:[0-9a-f]{6}\]; Path=\//);
    expect(leaky.frames.at(-1).data).toEqual({ kind: 'binary', size: 4_096, headHex: '' });
  });

  test('unredacted exports keep all of it, binary heads included', () => {
    for (const text of Object.values(exportsOf(false, true))) {
      expect(text).toContain(SSO_SESSION);
      expect(text).toContain(AUTHORIZATION_CODE);
    }
    const { bundle, har } = exportsOf(false, true);
    expect(bundle).toContain(BEARER_HEAD_HEX);
    expect(har).toContain(BEARER_HEAD_BASE64);
    expect(bundle).toContain(JSON.stringify(CALLBACK_URL));
  });
});
