import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type BundleOptions, buildBundle } from '../../../../src/core/bundle/build-bundle.ts';
import { BUNDLE_SCHEMA } from '../../../../src/core/bundle/bundle-schema.ts';
import { captureFromBundle } from '../../../../src/core/bundle/capture-from-bundle.ts';
import { analyzeCapture } from '../../../../src/core/capture/analyze-capture.ts';
import { analyzeImported } from '../../../../src/core/capture/analyze-imported.ts';
import type { Capture } from '../../../../src/core/capture/capture.ts';
import { importedNow } from '../../../../src/core/capture/imported-now.ts';
import { fingerprint } from '../../../../src/core/redact/redact.ts';
import { encodingsOf, KNOWN_SECRETS } from '../../../fixtures/secrets.ts';
import { captureArbitrary } from './capture-arbitrary.ts';
import { allScenariosCapture, nowAfter, SCENARIOS, scenarioCapture } from './scenario-captures.ts';

const PRODUCER = { name: 'JMAP Push Inspector', version: '0.4.0' };
const ENVIRONMENT = { browser: 'Firefox', browserVersion: '140.0', extensionVersion: '0.4.0' };

function options(capture: Capture, redacted: boolean, payloads = true): BundleOptions {
  return { redacted, payloads, now: nowAfter(capture), producer: PRODUCER, environment: ENVIRONMENT };
}

function readBack(text: string) {
  const result = captureFromBundle(JSON.parse(text));
  if (!result.ok) throw new Error(result.error);
  return result.imported;
}

function expectNoKnownSecret(text: string): void {
  for (const secret of KNOWN_SECRETS) for (const form of encodingsOf(secret)) expect(text).not.toContain(form);
}

describe('buildBundle, unredacted, read back by captureFromBundle', () => {
  test.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s: the same capture', (_, scenario) => {
    const capture = scenarioCapture(scenario);
    const imported = readBack(buildBundle(capture, options(capture, false)));
    expect(imported.capture).toEqual(capture);
    expect(imported.warnings).toEqual([]);
  });

  test('any capture comes back exactly, with its analyses', () => {
    fc.assert(
      fc.property(captureArbitrary, (capture) => {
        const imported = readBack(buildBundle(capture, { ...options(capture, false), now: 1 }));
        expect(imported.capture).toEqual(capture);
        expect(imported.warnings).toEqual([]);
        expect([...imported.analyses.values()]).toEqual(analyzeCapture(capture, 1).map((entry) => entry.analysis));
      }),
      { numRuns: 150 },
    );
  });

  test('says what it is, who wrote it and when', () => {
    const capture = allScenariosCapture();
    const text = buildBundle(capture, options(capture, false));
    expect(JSON.parse(text)).toMatchObject({ schema: BUNDLE_SCHEMA, redacted: false, payloads: true });
    expect(text).not.toContain('\n');
    const imported = readBack(text);
    expect(imported.origin).toEqual({
      format: 'bundle',
      producer: 'JMAP Push Inspector 0.4.0',
      exportedAt: nowAfter(capture),
      redacted: false,
      payloads: true,
    });
    expect(imported.environment).toEqual(ENVIRONMENT);
  });

  test('lists the capability ids of each session for readers of the file', () => {
    const capture = allScenariosCapture();
    const sessions = JSON.parse(buildBundle(capture, options(capture, true))).sessions;
    expect(sessions[0].capabilities).toContain('urn:ietf:params:jmap:websocket');
  });
});

describe('buildBundle, redacted', () => {
  test.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s: no known secret in any encoding',
    (_, scenario) => {
      const capture = scenarioCapture(scenario);
      const text = buildBundle(capture, options(capture, true));
      expectNoKnownSecret(text);
      expect(readBack(text).origin.redacted).toBe(true);
    },
  );

  test('the same secret has the same fingerprint in every connection that held it', () => {
    const capture = allScenariosCapture();
    const clear = JSON.parse(buildBundle(capture, options(capture, false))).connections;
    const redacted = JSON.parse(buildBundle(capture, options(capture, true))).connections;
    let checked = 0;
    for (const [index, connection] of clear.entries()) {
      const before = JSON.stringify({ ...connection, analysis: undefined });
      const after = JSON.stringify(redacted[index]);
      for (const secret of KNOWN_SECRETS.filter((known) => before.includes(known))) {
        expect(after, `${connection.id}: ${fingerprint(secret)}`).toContain(fingerprint(secret));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  test('keeps the analysis made before redaction, its secret fields as fingerprints', () => {
    const capture = allScenariosCapture();
    const now = nowAfter(capture);
    const imported = readBack(buildBundle(capture, options(capture, true)));
    const expected = analyzeCapture(capture, now);
    for (const { connection, analysis } of expected) {
      const stored = imported.analyses.get(connection.id);
      expect(stored?.causes.map((cause) => cause.id)).toEqual(analysis.causes.map((cause) => cause.id));
      expect(stored?.auth.strategy).toBe(analysis.auth.strategy);
      expect(stored?.findings.map((finding) => finding.secret)).toEqual(
        analysis.findings.map((finding) => (finding.secret === undefined ? undefined : fingerprint(finding.secret))),
      );
    }
  });
});

describe('buildBundle without payloads', () => {
  test('keeps the frame list and the push counts, not the content', () => {
    const capture = allScenariosCapture();
    const imported = readBack(buildBundle(capture, options(capture, false, false)));
    expect(imported.origin.payloads).toBe(false);
    const now = nowAfter(capture);
    const before = analyzeCapture(capture, now);
    const after = analyzeCapture(imported.capture, now);
    expect(after.map((entry) => entry.analysis.push)).toEqual(before.map((entry) => entry.analysis.push));
    expect(after.map((entry) => entry.analysis.frames)).toEqual(before.map((entry) => entry.analysis.frames));
    const frames = imported.capture.connections.flatMap((connection) => connection.frames);
    expect(
      frames.filter((frame) => frame.data.kind === 'text').every((frame) => frame.truncatedFrom !== undefined),
    ).toBe(true);
  });
});

describe('buildBundle of an imported file', () => {
  test.each([true, false])(
    'a redacted bundle exported again (redacted: %s) keeps every analysis and the capture',
    (redacted) => {
      const capture = allScenariosCapture();
      const first = readBack(buildBundle(capture, options(capture, true)));
      const now = importedNow(first);
      const analyzed = analyzeImported(first, now);
      const again = readBack(buildBundle(first.capture, { ...options(capture, redacted), now, analyzed }));
      expect(Object.fromEntries(again.analyses)).toEqual(Object.fromEntries(first.analyses));
      expect(again.capture).toEqual(first.capture);
    },
  );
});
