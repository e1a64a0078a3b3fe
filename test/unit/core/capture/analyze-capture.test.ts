import { describe, expect, it, vi } from 'vitest';
import { analyzeConnection, type ConnectionAnalysis } from '../../../../src/core/analysis/analyze-connection.ts';
import { analyzeCapture, captureSecrets } from '../../../../src/core/capture/analyze-capture.ts';
import { analyzeImported } from '../../../../src/core/capture/analyze-imported.ts';
import type { Capture, CapturedConnection } from '../../../../src/core/capture/capture.ts';
import { connectionSecrets } from '../../../../src/core/capture/connection-secrets.ts';
import type { ImportedCapture } from '../../../../src/core/capture/imported-capture.ts';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import { F1_TICKET_MINT } from '../../../fixtures/handshakes.ts';
import { F1_TICKET_OK, F5A_TICKET_REUSED } from '../../../fixtures/scenarios.ts';
import { TICKET } from '../../../fixtures/secrets.ts';
import { TMAIL_BACKEND_SESSION_URL, tmailBackendSession } from '../../../fixtures/sessions.ts';

vi.mock('../../../../src/core/analysis/analyze-connection.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/core/analysis/analyze-connection.ts')>();
  return { ...original, analyzeConnection: vi.fn(original.analyzeConnection) };
});

const live = (record: ConnectionRecord): CapturedConnection => {
  const { ticketMint: _mint, ...rest } = record;
  return { ...rest, source: 'live', pageUrl: 'https://mail.example.com/' };
};

const capture: Capture = {
  connections: [live(F1_TICKET_OK), live(F5A_TICKET_REUSED)],
  sessions: [
    { at: F1_TICKET_OK.createdAt - 1_000, url: TMAIL_BACKEND_SESSION_URL, body: JSON.stringify(tmailBackendSession) },
  ],
  ticketMints: [F1_TICKET_MINT],
};

describe('analyzeCapture', () => {
  const analyzed = analyzeCapture(capture, F5A_TICKET_REUSED.createdAt + 60_000);

  it('finds each connection its ticket POST, its session and the others, as the panel does', () => {
    expect(analyzed.map((entry) => entry.record.ticketMint?.url)).toEqual([F1_TICKET_MINT.url, F1_TICKET_MINT.url]);
    expect(analyzed.every((entry) => entry.session?.sessionUrl === TMAIL_BACKEND_SESSION_URL)).toBe(true);
    expect(analyzed[0]?.analysis.causes).toEqual([]);
    expect(analyzed[1]?.analysis.causes.map((cause) => cause.id)).toEqual(['ticket-expired-or-reused']);
  });

  it('asks the analyze it is given, in the same context, and takes the secrets from its answer', () => {
    const own = analyzed[0]?.analysis as ConnectionAnalysis;
    const stored = { ...own, causes: [] };
    const analyze = vi.fn<typeof analyzeConnection>((record) => (record.id === F5A_TICKET_REUSED.id ? stored : own));
    const shown = analyzeCapture(capture, F5A_TICKET_REUSED.createdAt + 60_000, analyze);
    expect(analyze.mock.calls.map(([record]) => record)).toEqual(analyzed.map((entry) => entry.record));
    expect(analyze.mock.calls[1]?.[1]).toMatchObject({ otherConnections: shown.map((entry) => entry.record) });
    expect(shown[1]?.analysis).toBe(stored);
    expect(shown[1]?.secrets).toEqual(connectionSecrets(shown[1]?.record as ConnectionRecord, stored));
  });

  it('gathers the secrets of every connection and every minted ticket once', () => {
    const secrets = captureSecrets(analyzed, capture);
    expect(secrets).toContain(TICKET);
    expect(new Set(secrets).size).toBe(secrets.length);
  });
});

describe('analyzeImported', () => {
  const now = F5A_TICKET_REUSED.createdAt + 60_000;
  const [first, second] = analyzeCapture(capture, now);

  it('shows the analysis written into the file where there is one, and analyses the rest', () => {
    const stored = { ...(second?.analysis as ConnectionAnalysis), causes: [] };
    const imported: ImportedCapture = {
      capture,
      analyses: new Map([[F5A_TICKET_REUSED.id, stored]]),
      origin: { format: 'bundle', producer: 'JMAP Push Inspector 1.0.0', redacted: true, payloads: true },
      warnings: [],
    };
    vi.mocked(analyzeConnection).mockClear();
    const shown = analyzeImported(imported, now);
    expect(shown[0]?.analysis).toEqual(first?.analysis);
    expect(shown[1]?.analysis).toBe(stored);
    expect(vi.mocked(analyzeConnection).mock.calls.map(([record]) => record.id)).toEqual([F1_TICKET_OK.id]);
  });
});
