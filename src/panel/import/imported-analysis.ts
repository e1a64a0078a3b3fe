import type { analyzeConnection } from '../../core/analysis/analyze-connection.ts';
import { analyzeImported } from '../../core/capture/analyze-imported.ts';
import type { ImportedCapture } from '../../core/capture/imported-capture.ts';

/**
 * The analysis the store shows for an imported capture: `analyzeImported`'s, so the panel says what the command line
 * says (the analysis written into the file wins, the rest is analysed in the capture's context). The store is
 * read-only and shows only the file's connections, so every record it asks about is one of them.
 */
export function importedAnalysis(imported: ImportedCapture, now: number): typeof analyzeConnection {
  const byId = new Map(analyzeImported(imported, now).map((entry) => [entry.connection.id, entry.analysis]));
  return (record) => {
    const analysis = byId.get(record.id);
    if (analysis === undefined) throw new Error(`Connection ${record.id} is not in the imported capture.`);
    return analysis;
  };
}
