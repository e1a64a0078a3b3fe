import type { AnalyzedConnection } from '../capture/analyze-capture.ts';
import { captureSecrets } from '../capture/analyze-capture.ts';
import { redact } from '../redact/redact.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';
import { aboutSection, type ReportSource } from './report-about.ts';
import { type Block, mapReportText } from './report-blocks.ts';
import { causesSection } from './report-causes.ts';
import { connectionsSection } from './report-connections.ts';
import { findingsSection } from './report-findings.ts';
import { proxyConfigSection } from './report-proxy-config.ts';
import { reportVerdict } from './report-verdict.ts';

export interface ReportInput extends ReportSource {
  readonly analyzed: readonly AnalyzedConnection[];
}

export interface Report {
  readonly markdown: string;
  readonly html: string;
}

const TITLE = 'JMAP push report';

function reportBlocks(input: ReportInput): Block[] {
  const verdict = reportVerdict(input.analyzed);
  return [
    { kind: 'heading', level: 1, text: TITLE },
    { kind: 'paragraph', inlines: verdict.inlines, lead: true },
    ...aboutSection(input),
    ...connectionsSection(input.analyzed),
    ...findingsSection(input.analyzed),
    ...causesSection(input.analyzed),
    ...proxyConfigSection(input.analyzed, verdict.index),
  ];
}

/**
 * The support report (issue 5 §3), verdict first, as Markdown and as one self-contained HTML page. Redacted, always:
 * every text is redacted before it is escaped, and the finished outputs once more.
 */
export function buildReport(input: ReportInput): Report {
  const secrets = captureSecrets(input.analyzed, input.capture);
  const clean = (text: string) => redact(text, secrets);
  const blocks = mapReportText(reportBlocks(input), clean);
  return { markdown: clean(renderMarkdown(blocks)), html: clean(renderHtml(TITLE, blocks)) };
}
