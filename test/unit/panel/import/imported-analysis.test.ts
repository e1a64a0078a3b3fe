import { describe, expect, test } from 'vitest';
import type { ConnectionAnalysis } from '../../../../src/core/analysis/analyze-connection.ts';
import { analyzeCapture } from '../../../../src/core/capture/analyze-capture.ts';
import type { Capture, CapturedConnection } from '../../../../src/core/capture/capture.ts';
import type { ImportedCapture } from '../../../../src/core/capture/imported-capture.ts';
import type { DiagnosisContext } from '../../../../src/core/diagnosis/diagnosis-context.ts';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import { importedAnalysis } from '../../../../src/panel/import/imported-analysis.ts';
import { F1_TICKET_MINT } from '../../../fixtures/handshakes.ts';
import { F1_TICKET_OK, F2B_PROXY_NO_HEADER, F5A_TICKET_REUSED } from '../../../fixtures/scenarios.ts';

const fromFile = ({ ticketMint: _mint, ...record }: ConnectionRecord): CapturedConnection => ({
  ...record,
  source: 'import',
  pageUrl: 'https://mail.example.com/',
});

const capture: Capture = {
  connections: [fromFile(F1_TICKET_OK), fromFile(F5A_TICKET_REUSED)],
  sessions: [],
  ticketMints: [F1_TICKET_MINT],
};
const NOW = F5A_TICKET_REUSED.createdAt + 60_000;
const [first, second] = analyzeCapture(capture, NOW);
const stored = { ...(second?.analysis as ConnectionAnalysis), causes: [] };
const imported: ImportedCapture = {
  capture,
  analyses: new Map([[F5A_TICKET_REUSED.id, stored]]),
  origin: { format: 'bundle', producer: 'test', redacted: true, payloads: true },
  warnings: [],
};
const context: DiagnosisContext = { otherConnections: [], ticketMints: [], now: NOW };

describe('importedAnalysis', () => {
  test('answers what analyzeImported says: the stored analysis, else the one in the capture’s context', () => {
    const analyze = importedAnalysis(imported, NOW);
    expect(analyze(F5A_TICKET_REUSED, context)).toBe(stored);
    expect(analyze(F1_TICKET_OK, context)).toEqual(first?.analysis);
  });

  test('a connection the file does not hold is an error, not a fresh analysis', () => {
    expect(() => importedAnalysis(imported, NOW)(F2B_PROXY_NO_HEADER, context)).toThrow(/f2b.*not in the imported/);
  });
});
