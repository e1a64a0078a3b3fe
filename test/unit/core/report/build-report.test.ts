import { describe, expect, it } from 'vitest';
import { analyzeCapture } from '../../../../src/core/capture/analyze-capture.ts';
import type { Capture } from '../../../../src/core/capture/capture.ts';
import { buildReport, type ReportInput } from '../../../../src/core/report/build-report.ts';
import { NO_CONNECTION_VERDICT } from '../../../../src/core/report/report-verdict.ts';
import {
  F1_TICKET_OK,
  F2B_PROXY_NO_HEADER,
  FAILURE_SCENARIOS,
  HEALTHY_SCENARIOS,
  type Scenario,
} from '../../../fixtures/scenarios.ts';
import { encodingsOf, KNOWN_SECRETS } from '../../../fixtures/secrets.ts';
import { live, scenarioCapture } from './scenario-capture.ts';

const PRODUCER = { name: 'JMAP Push Inspector', version: '0.1.0' };

function reportOf(capture: Capture, now: number, extra: Partial<ReportInput> = {}) {
  return buildReport({ analyzed: analyzeCapture(capture, now), capture, now, producer: PRODUCER, ...extra });
}

function scenarioReport(scenario: Scenario) {
  const { capture, now, latest } = scenarioCapture(scenario);
  const analyzed = analyzeCapture(capture, now);
  const index = capture.connections.findIndex((connection) => connection.id === latest.id);
  return { report: buildReport({ analyzed, capture, now, producer: PRODUCER }), analyzed, index };
}

/** The verdict is the first line after the title in Markdown. */
const verdictOf = (markdown: string) => markdown.split('\n\n')[1] ?? '';

function expectNoKnownSecret(text: string): void {
  for (const secret of KNOWN_SECRETS) for (const form of encodingsOf(secret)) expect(text).not.toContain(form);
}

describe('buildReport: the verdict', () => {
  it.each(HEALTHY_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s: push works via its strategy',
    (_name, scenario) => {
      const { report } = scenarioReport(scenario);
      expect(verdictOf(report.markdown)).toMatch(new RegExp(`^Push works via ${scenario.strategy} through \`wss://`));
    },
  );

  it.each(FAILURE_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s: push fails with the most specific cause of the latest connection',
    (_name, scenario) => {
      const { report, analyzed, index } = scenarioReport(scenario);
      const cause = analyzed[index]?.analysis.causes[0];
      expect(cause?.id).toBe(scenario.causes[0]);
      const verdict = verdictOf(report.markdown);
      expect(verdict).toMatch(/^Push fails: /);
      expect(verdict).toContain(`(#${index + 1} \`${analyzed[index]?.analysis.url}\`).`);
      expect(report.html).toContain(`<p class="verdict">Push fails: `);
    },
  );

  it('says when nothing was captured', () => {
    const report = reportOf({ connections: [], sessions: [], ticketMints: [] }, 0);
    expect(verdictOf(report.markdown)).toBe(NO_CONNECTION_VERDICT);
    expect(report.html).toContain(NO_CONNECTION_VERDICT);
  });

  it('prefers the latest connection the page opened over a later replay, and counts who agrees', () => {
    const replay = { ...live({ ...F2B_PROXY_NO_HEADER, id: 'r1', createdAt: F2B_PROXY_NO_HEADER.createdAt + 1 }) };
    const capture: Capture = {
      connections: [live(F2B_PROXY_NO_HEADER), { ...replay, source: 'replay', replay: { of: 'f2b', via: 'x' } }],
      sessions: [],
      ticketMints: [],
    };
    const verdict = verdictOf(reportOf(capture, replay.createdAt + 1_000).markdown);
    expect(verdict).toMatch(/^Push fails: no Authorization header reached the server.*\(#1 /);
    expect(verdict).toMatch(/ 2 of 2 connections agree\.$/);
  });
});

describe('buildReport: no secret, ever', () => {
  it.each([...HEALTHY_SCENARIOS, ...FAILURE_SCENARIOS].map((scenario) => [scenario.name, scenario] as const))(
    '%s: no known secret in any encoding in either output',
    (_name, scenario) => {
      const { report } = scenarioReport(scenario);
      expectNoKnownSecret(report.markdown);
      expectNoKnownSecret(report.html);
    },
  );
});

describe('buildReport: sections', () => {
  const { capture, now } = scenarioCapture(FAILURE_SCENARIOS[0] as Scenario);
  const report = reportOf(capture, now);

  it('lists connections, findings with fixes, causes with checks and the nginx configuration', () => {
    for (const heading of ['## Connections', '## Findings', '## Causes', '## Suggested proxy configuration']) {
      expect(report.markdown).toContain(heading);
    }
    expect(report.markdown).toContain('**Fix:**');
    expect(report.markdown).toContain('**Checks, in order:**');
    expect(report.markdown).toContain('/etc/nginx/');
    expect(report.html).toContain('<figure><figcaption><code>/etc/nginx/');
  });

  it('leaves the proxy configuration out when no cause is one a proxy fixes', () => {
    const healthy = reportOf(
      { connections: [live(F1_TICKET_OK)], sessions: [], ticketMints: [] },
      F1_TICKET_OK.createdAt,
    );
    expect(healthy.markdown).not.toContain('Suggested proxy configuration');
  });
});

describe('buildReport: hostile page data', () => {
  const HOSTILE = `</style><script>alert("x")</script><img src=x onerror='y'>|**b**\`c\``;
  const hostile = live({
    ...F2B_PROXY_NO_HEADER,
    id: HOSTILE,
    handshake: { ...F2B_PROXY_NO_HEADER.handshake, url: `wss://evil.example/${encodeURI(HOSTILE)}?q=${HOSTILE}` },
  });
  const capture: Capture = { connections: [{ ...hostile, pageUrl: HOSTILE }], sessions: [], ticketMints: [] };
  const origin = { format: 'har', producer: HOSTILE, redacted: false, payloads: true } as const;
  const report = reportOf(capture, hostile.createdAt + 1_000, {
    origin,
    environment: { browser: HOSTILE, userAgent: '"\'<>&' },
  });

  it('escapes every text in the HTML page, which has no script and loads nothing', () => {
    expect(report.html).not.toMatch(/<script|<img|onerror='|<\/style><script/i);
    expect(report.html.match(/<\/style>/g)).toHaveLength(1);
    expect(report.html).not.toMatch(/<[^>]*\s(src|href)=/i);
    expect(report.html).toContain('&lt;script&gt;');
    expect(report.html).toContain(`default-src 'none'`);
  });

  it('escapes Markdown and raw HTML in the Markdown', () => {
    const outsideCode = report.markdown.replace(/(`+).*?\1/g, '');
    expect(outsideCode).not.toMatch(/(?<!\\)<(script|img|\/style)/);
    const tableRows = report.markdown.split('\n').filter((line) => line.startsWith('| '));
    const columns = (line: string) => line.split(/(?<!\\)\|/).length;
    expect(new Set(tableRows.map(columns)).size).toBe(1);
  });

  it('is light and dark and prints', () => {
    expect(report.html).toContain('prefers-color-scheme: dark');
    expect(report.html).toContain('@media print');
  });
});
