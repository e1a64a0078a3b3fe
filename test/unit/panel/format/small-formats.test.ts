import { describe, expect, test } from 'vitest';
import { headerSecrets } from '../../../../src/core/capture/header-secrets.ts';
import { connectionDuration } from '../../../../src/panel/format/connection-duration.ts';
import { describeDrops } from '../../../../src/panel/format/describe-drops.ts';
import { formatBytes } from '../../../../src/panel/format/format-bytes.ts';
import { formatElapsed } from '../../../../src/panel/format/format-elapsed.ts';
import { frameSize } from '../../../../src/panel/format/frame-size.ts';
import { hexDump } from '../../../../src/panel/format/hex-dump.ts';
import { prettyJson } from '../../../../src/panel/format/pretty-json.ts';
import { F1_TICKET_OK, F2B_PROXY_NO_HEADER } from '../../../fixtures/scenarios.ts';
import { stateOf } from '../support/panel-fixtures.ts';

describe('small formats', () => {
  test('describeDrops names every reason, and nothing when nothing was dropped', () => {
    expect(describeDrops({ evicted: 0, rejected: 0, lostOnRestart: 0 }, 50_000)).toBeUndefined();
    expect(describeDrops({ evicted: 1_200, rejected: 0, lostOnRestart: 3 }, 50_000)).toBe(
      '1 203 dropped (1 200 evicted by the 50 000-frame cap, 3 lost when the background restarted)',
    );
  });

  test('formatElapsed and formatBytes', () => {
    expect([formatElapsed(12.4), formatElapsed(1_250), formatElapsed(192_000), formatElapsed(Number.NaN)]).toEqual([
      '12 ms',
      '1.25 s',
      '3 min 12 s',
      '',
    ]);
    expect([formatBytes(812), formatBytes(12_400), formatBytes(3_100_000)]).toEqual(['812 B', '12.4 kB', '3.1 MB']);
  });

  test('frameSize: UTF-8 bytes, binary size, or the size before truncation', () => {
    expect(frameSize({ kind: 'text', text: 'é' })).toBe(2);
    expect(frameSize({ kind: 'binary', size: 9, headHex: '' })).toBe(9);
    expect(frameSize({ kind: 'text', text: 'abc' }, 300_000)).toBe(300_000);
  });

  test('connectionDuration ends at the close, the error, or now', () => {
    expect(connectionDuration(stateOf(F2B_PROXY_NO_HEADER), 0)).toBe(41);
    expect(connectionDuration(stateOf(F1_TICKET_OK), F1_TICKET_OK.createdAt + 5_000)).toBe(5_000);
  });

  test('headerSecrets: credential headers whole, cookies by value, nothing else', () => {
    expect(headerSecrets({ name: 'Authorization', value: 'Basic Zm9vOmJhcg==' })).toEqual(['Basic Zm9vOmJhcg==']);
    expect(headerSecrets({ name: 'authorization', value: ' ' })).toEqual([]);
    expect(headerSecrets({ name: 'Cookie', value: 'sid=abc123; theme=; flag' })).toEqual(['abc123']);
    expect(headerSecrets({ name: 'Set-Cookie', value: 'sid=xyz789; Path=/; HttpOnly' })).toEqual(['xyz789']);
    expect(headerSecrets({ name: 'Host', value: 'example.com' })).toEqual([]);
  });

  test('hexDump: 16 bytes a line with printable ASCII', () => {
    const dump = hexDump(`${'00'.repeat(16)}41`);
    expect(dump.split('\n')).toEqual([
      `00000000  ${'00 '.repeat(15)}00  ${'.'.repeat(16)}`,
      `00000010  41${' '.repeat(45)}  A`,
    ]);
    expect(hexDump('')).toBe('');
  });

  test('prettyJson indents JSON and leaves other text alone', () => {
    expect(prettyJson('{"a":[1]}')).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(prettyJson('<b>not json</b>')).toBe('<b>not json</b>');
  });
});
