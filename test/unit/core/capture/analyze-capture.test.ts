import { describe, expect, it } from 'vitest';
import type { ConnectionAnalysis } from '../../../../src/core/analysis/analyze-connection.ts';
import { analyzeCapture, captureSecrets } from '../../../../src/core/capture/analyze-capture.ts';
import { analyzeImported } from '../../../../src/core/capture/analyze-imported.ts';
import type { Capture, CapturedConnection } from '../../../../src/core/capture/capture.ts';
import type { ImportedCapture } from '../../../../src/core/capture/imported-capture.ts';
import type { ConnectionRecord } from '../../../../src/core/model/connection-record.ts';
import { F1_TICKET_MINT } from '../../../fixtures/handshakes.ts';
import { F1_TICKET_OK, F5A_TICKET_REUSED } from '../../../fixtures/scenarios.ts';
import { TICKET } from '../../../fixtures/secrets.ts';
import { TMAIL_BACKEND_SESSION_URL, tmailBackendSession } from '../../../fixtures/sessions.ts';

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
    const shown = analyzeImported(imported, now);
    expect(shown[0]?.analysis).toEqual(first?.analysis);
    expect(shown[1]?.analysis).toBe(stored);
  });
});
