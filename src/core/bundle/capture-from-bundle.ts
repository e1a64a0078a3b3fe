import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import { firstWarnings } from '../capture/first-warnings.ts';
import type { ImportedCapture, ImportOrigin, ImportResult } from '../capture/imported-capture.ts';
import { readStoredAnalysisFor } from '../capture/stored-analysis.ts';
import { LIMITS } from './bundle-limits.ts';
import { BUNDLE_SCHEMA } from './bundle-schema.ts';
import { compact } from './compact.ts';
import { readDropped, readEnvironment, readSighting, readTicketMint } from './read-capture-parts.ts';
import { readConnection } from './read-connection.ts';
import { problemOf, quoted, ShapeError, StrictFields } from './strict-fields.ts';

const ROOT = 'bundle';

function checkSchema(top: StrictFields): void {
  const schema = top.raw('schema');
  if (schema === BUNDLE_SCHEMA) return;
  if (typeof schema !== 'string') {
    throw new ShapeError(`not a JMAP Push Inspector bundle (no "schema" of ${BUNDLE_SCHEMA})`);
  }
  throw new ShapeError(`bundle schema ${quoted(schema)} is not one this version reads (it reads ${BUNDLE_SCHEMA})`);
}

function readOrigin(top: StrictFields): ImportOrigin {
  const producer = top.fields('producer');
  const exportedAt = Date.parse(top.string('exportedAt', LIMITS.shortText));
  if (Number.isNaN(exportedAt)) throw new ShapeError(`${top.path('exportedAt')}: must be an ISO 8601 time`);
  const name = producer.string('name', LIMITS.shortText);
  return {
    format: 'bundle',
    producer: `${name} ${producer.string('version', LIMITS.shortText)}`,
    exportedAt,
    redacted: top.boolean('redacted'),
    payloads: top.boolean('payloads'),
  };
}

/** Each item of an array member read on its own: a bad one is left out with a warning, the others are kept. */
function readItems<T>(
  top: StrictFields,
  key: string,
  max: number,
  read: (item: StrictFields) => T,
  warnings: string[],
) {
  return top.array(key, max).flatMap((item, index) => {
    try {
      return [read(StrictFields.of(item, `${top.path(key)}[${index}]`))];
    } catch (error) {
      warnings.push(`${problemOf(error)}; skipped`);
      return [];
    }
  });
}

function readConnections(top: StrictFields, warnings: string[]) {
  const ids = new Set<string>();
  const read = readItems(
    top,
    'connections',
    LIMITS.connections,
    (item) => {
      const connection = readConnection(item);
      if (ids.has(connection.id))
        throw new ShapeError(`${item.at}: connection id ${quoted(connection.id)} is used twice`);
      ids.add(connection.id);
      return {
        connection,
        analysis: readStoredAnalysisFor(item.raw('analysis'), connection.id, item.path('analysis'), warnings),
      };
    },
    warnings,
  );
  const analyses = new Map<string, ConnectionAnalysis>();
  for (const { connection, analysis } of read) if (analysis !== undefined) analyses.set(connection.id, analysis);
  return { connections: read.map((entry) => entry.connection), analyses };
}

function readBundle(json: unknown): ImportedCapture {
  const top = StrictFields.of(json, ROOT);
  checkSchema(top);
  const origin = readOrigin(top);
  const environment = top.optional('environment', (key) => readEnvironment(top.fields(key)));
  const dropped = top.optional('dropped', (key) => readDropped(top.fields(key)));
  const warnings: string[] = [];
  const sessions = readItems(top, 'sessions', LIMITS.sessions, readSighting, warnings);
  const ticketMints = readItems(top, 'ticketMints', LIMITS.ticketMints, readTicketMint, warnings);
  const { connections, analyses } = readConnections(top, warnings);
  const capture = compact({ connections, sessions, ticketMints, dropped });
  return compact({ capture, analyses, origin, environment, warnings: firstWarnings(warnings) });
}

/**
 * A bundle read back (`JSON.parse` of buildBundle's text), shown as if captured live. Every member is checked: a bad
 * connection, session or ticket POST is skipped with a warning; a wrong top level (not a bundle, another schema
 * version, a bad member of its own) is one line of error. Never throws.
 */
export function captureFromBundle(json: unknown): ImportResult {
  try {
    return { ok: true, imported: readBundle(json) };
  } catch (error) {
    return { ok: false, error: problemOf(error) };
  }
}
