import { analyzeConnection } from '../analysis/analyze-connection.ts';
import { type AnalyzedConnection, analyzeCapture } from './analyze-capture.ts';
import type { ImportedCapture } from './imported-capture.ts';

/**
 * An imported capture as the panel and the command line show it: the analysis written into the file where there is
 * one (a redacted capture cannot be analysed again in full), the core's own analysis of the rest.
 */
export function analyzeImported(imported: ImportedCapture, now: number): AnalyzedConnection[] {
  return analyzeCapture(
    imported.capture,
    now,
    (record, context) => imported.analyses.get(record.id) ?? analyzeConnection(record, context),
  );
}
