import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildBundle } from '../../../../src/core/bundle/build-bundle.ts';
import { captureFromBundle } from '../../../../src/core/bundle/capture-from-bundle.ts';
import type { ImportedCapture } from '../../../../src/core/capture/imported-capture.ts';
import { allScenariosCapture, nowAfter } from './scenario-captures.ts';

const capture = allScenariosCapture();
const producer = { name: 'JMAP Push Inspector', version: '0.4.0' };
const TEXT = buildBundle(capture, { redacted: true, payloads: true, now: nowAfter(capture), producer });

/** What JSON.parse gives: untyped, so a test can edit any member the way a hostile file would. */
type ParsedJson = ReturnType<typeof JSON.parse>;

/** A fresh copy of the bundle, edited. */
function bundleWith(edit: (bundle: ParsedJson) => void): ParsedJson {
  const bundle = JSON.parse(TEXT);
  edit(bundle);
  return bundle;
}

function errorOf(json: unknown): string {
  const result = captureFromBundle(json);
  if (result.ok) throw new Error('read a bad bundle');
  return result.error;
}

function imported(json: unknown): ImportedCapture {
  const result = captureFromBundle(json);
  if (!result.ok) throw new Error(result.error);
  return result.imported;
}

describe('captureFromBundle, a wrong top level', () => {
  test('is one line of error naming the problem', () => {
    expect(errorOf(null)).toBe('bundle: must be an object, got null');
    expect(errorOf({ log: {} })).toBe('not a JMAP Push Inspector bundle (no "schema" of jmap-push-inspector/bundle@1)');
    expect(
      errorOf(
        bundleWith((bundle) => {
          bundle.schema = 'jmap-push-inspector/bundle@2';
        }),
      ),
    ).toBe(
      'bundle schema "jmap-push-inspector/bundle@2" is not one this version reads (it reads jmap-push-inspector/bundle@1)',
    );
    expect(
      errorOf(
        bundleWith((bundle) => {
          bundle.schema = `x\n${'y'.repeat(500)}`;
        }),
      ),
    ).not.toMatch(/\n|y{50}/);
    expect(
      errorOf(
        bundleWith((bundle) => {
          bundle.exportedAt = 'yesterday';
        }),
      ),
    ).toBe('bundle.exportedAt: must be an ISO 8601 time');
    expect(
      errorOf(
        bundleWith((bundle) => {
          bundle.redacted = 'yes';
        }),
      ),
    ).toBe('bundle.redacted: must be true or false, got a string');
    expect(
      errorOf(
        bundleWith((bundle) => {
          bundle.connections = {};
        }),
      ),
    ).toBe('bundle.connections: must be an array of at most 100000 items, got an object');
    expect(
      errorOf(
        bundleWith((bundle) => {
          delete bundle.producer;
        }),
      ),
    ).toBe('bundle.producer: must be an object, got nothing');
  });
});

describe('captureFromBundle, a bad item', () => {
  test('skips that connection with a warning naming the member, and keeps the rest', () => {
    const result = imported(
      bundleWith((bundle) => {
        bundle.connections[1].frames[0] = { id: 1, dir: 'up' };
      }),
    );
    expect(result.capture.connections.map((connection) => connection.id)).toEqual(
      capture.connections.filter((_, index) => index !== 1).map((connection) => connection.id),
    );
    expect(result.warnings).toEqual([
      'bundle.connections[1].frames[0].dir: must be one of sent, received, got "up"; skipped',
    ]);
  });

  test('skips a second connection with the same id', () => {
    const result = imported(
      bundleWith((bundle) => {
        bundle.connections[2].id = bundle.connections[0].id;
      }),
    );
    expect(result.capture.connections).toHaveLength(capture.connections.length - 1);
    expect(result.warnings[0]).toMatch(/^bundle\.connections\[2\]: connection id ".*" is used twice; skipped$/);
  });

  test('keeps a connection whose analysis is bad or not its own, without that analysis', () => {
    const result = imported(
      bundleWith((bundle) => {
        bundle.connections[0].analysis.causes = [{ id: 'gremlins' }];
        bundle.connections[1].analysis.id = 'another';
      }),
    );
    expect(result.capture.connections).toHaveLength(capture.connections.length);
    expect(result.analyses.has(capture.connections[0]?.id ?? '')).toBe(false);
    expect(result.analyses.has(capture.connections[1]?.id ?? '')).toBe(false);
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^bundle\.connections\[0\]\.analysis\.causes\[0\]\.id: must be one of .*; the connection is analysed again$/,
      ),
      'bundle.connections[1].analysis: belongs to another connection; ignored',
    ]);
  });

  test('refuses absurd sizes and deep nesting in a member, without recursing into it', () => {
    let deep: unknown = 'x';
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    const result = imported(
      bundleWith((bundle) => {
        bundle.connections[0].frames[0].data = { kind: 'binary', size: 1e300, headHex: '' };
        bundle.connections[1].handshake.protocols = Array(1_001).fill('jmap');
        bundle.connections[2].frames = deep;
        bundle.sessions[0].at = '2026';
        bundle.ticketMints[0].status = 2_000;
      }),
    );
    expect(result.warnings).toEqual([
      'bundle.sessions[0].at: must be a finite number, got a string; skipped',
      'bundle.ticketMints[0].status: must be a whole number from 0 to 999, got a number; skipped',
      expect.stringMatching(/^bundle\.connections\[0\]\.frames\[0\]\.data\.size: must be a whole number/),
      expect.stringMatching(/^bundle\.connections\[1\]\.handshake\.protocols: must be an array of at most 1000 items/),
      expect.stringMatching(/^bundle\.connections\[2\]\.frames\[0\]: must be an object, got an array; skipped$/),
    ]);
  });

  test('says how many more problems there are after the first hundred', () => {
    const result = imported(
      bundleWith((bundle) => {
        bundle.sessions = Array(250).fill(7);
      }),
    );
    expect(result.warnings).toHaveLength(101);
    expect(result.warnings.at(-1)).toBe('… and 150 more problems like these');
  });
});

describe('captureFromBundle, fuzzed', () => {
  const lines = (result: ReturnType<typeof captureFromBundle>) =>
    result.ok ? result.imported.warnings : [result.error];

  test('any JSON value gives a capture or one line, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        for (const line of lines(captureFromBundle(json))) expect(line).not.toMatch(/\n/);
      }),
      { numRuns: 300 },
    );
  });

  test('a real bundle with any member of a connection, frame or the top replaced gives a capture or one line', () => {
    const connectionKeys = [
      'id',
      'source',
      'pageUrl',
      'replay',
      'handshake',
      'createdAt',
      'openAt',
      'close',
      'frames',
      'ticketMint',
      'analysis',
    ];
    const topKeys = [
      'schema',
      'exportedAt',
      'producer',
      'environment',
      'redacted',
      'payloads',
      'sessions',
      'ticketMints',
      'connections',
      'dropped',
    ];
    const edit = fc.oneof(
      fc.tuple(fc.constant('top'), fc.constantFrom(...topKeys), fc.jsonValue()),
      fc.tuple(fc.constant('connection'), fc.constantFrom(...connectionKeys), fc.jsonValue()),
      fc.tuple(fc.constant('frame'), fc.constantFrom('id', 'dir', 'at', 'data', 'truncatedFrom'), fc.jsonValue()),
    );
    fc.assert(
      fc.property(edit, ([where, key, value]) => {
        const json = bundleWith((bundle) => {
          const target = { top: bundle, connection: bundle.connections[0], frame: bundle.connections[0].frames[0] }[
            where
          ];
          target[key] = value;
        });
        for (const line of lines(captureFromBundle(json))) expect(line).not.toMatch(/\n/);
      }),
      { numRuns: 300 },
    );
  });
});
