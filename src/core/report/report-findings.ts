import type { AnalyzedConnection } from '../capture/analyze-capture.ts';
import { SEVERITIES } from '../secrets/finding.ts';
import { connectionNumbers, groupByKey } from './connection-numbers.ts';
import type { Block, Inline } from './report-blocks.ts';

/** Findings with their fixes, each once with the connections it was seen on, most severe first. */
export function findingsSection(analyzed: readonly AnalyzedConnection[]): Block[] {
  const groups = groupByKey(
    analyzed.map((entry) => entry.analysis.findings),
    (finding) => `${finding.kind}\n${finding.location}\n${finding.fix}`,
  ).sort((a, b) => SEVERITIES.indexOf(a.item.severity) - SEVERITIES.indexOf(b.item.severity));
  const heading: Block = { kind: 'heading', level: 2, text: 'Findings' };
  if (groups.length === 0) return [heading, { kind: 'paragraph', inlines: ['No finding.'] }];
  const items = groups.map(({ item, indexes }): Inline[] => [
    { strong: item.severity },
    ' ',
    { code: item.kind },
    ` — ${item.location} (${connectionNumbers(indexes)}). ${item.explanation} `,
    { strong: 'Fix:' },
    ` ${item.fix}`,
  ]);
  return [heading, { kind: 'list', items }];
}
