import { describe, expect, test } from 'vitest';
import { why1006 } from '../../../../src/panel/format/why-1006.ts';

const URL = 'wss://mail.example.org/jmap/ws';

describe('why1006', () => {
  test.each([
    [401, 'refused the credentials'],
    [403, 'forbade'],
    [400, 'Upgrade and Connection'],
    [426, 'Upgrade and Connection'],
    [404, 'Nothing answers'],
    [502, 'unreachable upstream'],
    [302, 'redirects'],
    [200, 'Only 101'],
  ])('HTTP %i says what the status means and why the page saw 1006', (status, meaning) => {
    const text = why1006({ url: URL, protocols: [], status }, true) ?? '';
    expect(text).toContain(`HTTP ${status}`);
    expect(text).toContain(meaning);
    expect(text).toContain('1006');
  });

  test('quotes the status line when known', () => {
    expect(why1006({ url: URL, protocols: [], status: 401, statusLine: 'HTTP/1.1 401 Unauthorized' }, true)).toContain(
      'answered HTTP/1.1 401 Unauthorized instead of 101',
    );
  });

  test('a network error before any answer', () => {
    expect(why1006({ url: URL, protocols: [], error: 'net::ERR_CONNECTION_REFUSED' }, true)).toContain(
      'before any HTTP answer (net::ERR_CONNECTION_REFUSED)',
    );
  });

  test('a failure with nothing captured, and nothing to explain for an open or pending connection', () => {
    expect(why1006({ url: URL, protocols: [] }, true)).toContain('No HTTP status was captured');
    expect(why1006({ url: URL, protocols: [] }, false)).toBeUndefined();
    expect(why1006({ url: URL, protocols: [], status: 101 }, false)).toBeUndefined();
  });
});
