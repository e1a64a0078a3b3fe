import { type AnalyzedConnection, analyzeCapture } from './analyze-capture.ts';
import { connectionSecrets } from './connection-secrets.ts';
import type { ImportedCapture } from './imported-capture.ts';

/**
 * An imported capture as the panel and the command line show it: the analysis written into the file where there is
 * one (a redacted capture cannot be analysed again in full), the core's own analysis of the rest.
 */
export function analyzeImported(imported: ImportedCapture, now: number): AnalyzedConnection[] {
  return analyzeCapture(imported.capture, now).map((entry) => {
    const stored = imported.analyses.get(entry.connection.id);
    if (stored === undefined) return entry;
    return { ...entry, analysis: stored, secrets: connectionSecrets(entry.record, stored) };
  });
}
