import { describe, expect, test } from 'vitest';
import type { Capture } from '../../../../src/core/capture/capture.ts';
import { exportFileName } from '../../../../src/panel/export/export-file-name.ts';
import { browserOfUserAgent } from '../../../../src/panel/format/browser-of-user-agent.ts';
import { F2_TOKEN_PROXY_OK } from '../../../fixtures/scenarios.ts';

const AT = new Date(2026, 7, 20, 9, 5).getTime();
const live = { source: 'live', pageUrl: '' } as const;

function captureTo(url: string): Capture {
  const connection = { ...F2_TOKEN_PROXY_OK, ...live, handshake: { ...F2_TOKEN_PROXY_OK.handshake, url } };
  return { connections: [connection], sessions: [], ticketMints: [] };
}

describe('export file names', () => {
  test('name the host of the first connection and the local time, never its credentials', () => {
    const capture = captureTo('wss://bob:pw@Mail.Example.com:8443/jmap/ws?access_token=abc');
    expect(exportFileName(capture, AT, 'bundle.json')).toBe(
      'jmap-push-mail.example.com-8443-20260820-0905.bundle.json',
    );
  });

  test('fall back to the session host, then to "capture"', () => {
    const session = { at: 1, url: 'https://jmap.example.org/.well-known/jmap', body: '{}' };
    expect(exportFileName({ connections: [], sessions: [session], ticketMints: [] }, AT, 'har')).toBe(
      'jmap-push-jmap.example.org-20260820-0905.har',
    );
    expect(exportFileName({ connections: [], sessions: [], ticketMints: [] }, AT, 'report.html')).toBe(
      'jmap-push-capture-20260820-0905.report.html',
    );
    expect(exportFileName(captureTo('not a url'), AT, 'har')).toBe('jmap-push-capture-20260820-0905.har');
  });
});

describe('the browser of a user agent', () => {
  test.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0', 'Firefox', '153.0'],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.7000.1 Safari/537.36',
      'Chrome',
      '156.0.7000.1',
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.1 Safari/537.36',
      'Chrome',
      '156.0.1',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
      'Edge',
      '131.0.2903.86',
    ],
  ])('%s', (userAgent, browser, browserVersion) => {
    expect(browserOfUserAgent(userAgent)).toEqual({ browser, browserVersion, userAgent });
  });

  test('an unknown one is kept as it is', () => {
    expect(browserOfUserAgent('curl/8.0')).toEqual({ userAgent: 'curl/8.0' });
  });
});
