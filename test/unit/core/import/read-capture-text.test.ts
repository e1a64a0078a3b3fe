import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../../src/core/bundle/build-bundle.ts';
import { buildHar } from '../../../../src/core/har/build-har.ts';
import { readCaptureText } from '../../../../src/core/import/read-capture-text.ts';
import { FAILURE_SCENARIOS } from '../../../fixtures/scenarios.ts';
import { SCENARIO_JWT } from '../../../fixtures/secrets.ts';
import { scenarioCapture } from '../report/scenario-capture.ts';

const { capture, now } = scenarioCapture(FAILURE_SCENARIOS[0] as (typeof FAILURE_SCENARIOS)[number]);
const BUNDLE = buildBundle(capture, { redacted: true, payloads: true, now, producer: { name: 'T', version: '1' } });

const errorOf = (text: string) => {
  const result = readCaptureText(text);
  return result.ok ? undefined : result.error;
};

describe('readCaptureText', () => {
  it('reads a bundle', () => {
    const result = readCaptureText(BUNDLE);
    expect(result.ok && result.imported.capture.connections.map((connection) => connection.id)).toEqual(
      capture.connections.map((connection) => connection.id),
    );
  });

  it('reads a HAR', () => {
    const har = buildHar(capture, { redacted: true, now, producer: { name: 'T', version: '1' } });
    const result = readCaptureText(har);
    expect(result.ok && result.imported.origin.format).toBe('har');
    expect(result.ok && result.imported.capture.connections).toHaveLength(capture.connections.length);
  });

  it.each([
    ['', 'empty file'],
    [' \n\t', 'empty file'],
    ['\uFEFF', 'empty file'],
    ['\u001f\uFFFD\b\u0000\u0003', 'binary data, not JSON'],
    ['PK\u0003\u0004\u0014\u0000', 'binary data, not JSON'],
    ['hello', 'not JSON: unexpected token'],
    ['[1,]', 'not JSON: unexpected token'],
    ['{"a" 1}', "not JSON: expected ':' after property name in JSON at position 5"],
    ['[]', 'neither a HAR (log.entries) nor a JMAP Push Inspector bundle (schema)'],
    ['{"log":{}}', 'neither a HAR'],
    ['42', 'neither a HAR'],
    ['{"schema":"jmap-push-inspector/bundle@9"}', 'is not one this version reads'],
  ])('%j: %s', (text, error) => {
    expect(errorOf(text)).toContain(error);
  });

  it('says where a truncated file ends, in bytes', () => {
    const cut = BUNDLE.slice(0, 1000);
    expect(errorOf(cut)).toBe(`truncated JSON (ends after ${new TextEncoder().encode(cut).length} bytes)`);
    expect(errorOf('{"é": "ü')).toBe('truncated JSON (ends after 10 bytes)');
  });

  it('never quotes the file in its error (it may hold a credential)', () => {
    expect(errorOf(`Bearer ${SCENARIO_JWT}`)).not.toContain(SCENARIO_JWT);
    expect(errorOf(`{"token": ${SCENARIO_JWT}}`)).not.toContain(SCENARIO_JWT);
  });

  it('reads deeply nested JSON without crashing', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(errorOf(deep)).toContain('neither a HAR');
    expect(errorOf(`{"schema":"jmap-push-inspector/bundle@1","x":${deep}}`)).toBeTypeOf('string');
  });

  it('answers every text and every cut of a bundle with a capture or one line, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.nat(BUNDLE.length).map((n) => BUNDLE.slice(0, n)),
        ),
        (text) => {
          const result = readCaptureText(text);
          if (!result.ok) expect(result.error).not.toMatch(/\n/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
