import { analyzeConnection, type ConnectionAnalysis } from '../../core/analysis/analyze-connection.ts';
import type { DiagnosisContext } from '../../core/diagnosis/diagnosis-context.ts';
import type { ConnectionRecord } from '../../core/model/connection-record.ts';

export type AnalysisFor = (
  record: ConnectionRecord,
  context: DiagnosisContext,
  contextKey: object,
) => ConnectionAnalysis;

interface Entry {
  readonly contextKey: object;
  readonly analysis: ConnectionAnalysis;
}

/**
 * `analyzeConnection` once per record and context: a record keeps its identity until its own state or frames change,
 * and `contextKey` changes with what every connection shares (the other connections, sessions, ticket mints, the
 * coarse clock), so a busy connection never makes the quiet ones be analysed again.
 */
export function createAnalysisCache(analyze = analyzeConnection): AnalysisFor {
  const cache = new WeakMap<ConnectionRecord, Entry>();
  return (record, context, contextKey) => {
    const cached = cache.get(record);
    if (cached && cached.contextKey === contextKey) return cached.analysis;
    const analysis = analyze(record, context);
    cache.set(record, { contextKey, analysis });
    return analysis;
  };
}
