import type { AnalyzedConnection } from '../capture/analyze-capture.ts';
import { CAUSE_FIX } from '../replay/cause-fix.ts';
import { connectionNumbers, groupByKey } from './connection-numbers.ts';
import type { Block } from './report-blocks.ts';

function checksBlocks(checks: readonly string[]): Block[] {
  return [
    { kind: 'paragraph', inlines: [{ strong: 'Checks, in order:' }] },
    { kind: 'list', items: checks.map((check) => [check]) },
  ];
}

/** Each cause once, with the connections it was found on, why, its fix and the checks that confirm it. */
export function causesSection(analyzed: readonly AnalyzedConnection[]): Block[] {
  const groups = groupByKey(
    analyzed.map((entry) => entry.analysis.causes),
    (cause) => `${cause.id}\n${cause.title}`,
  );
  const heading: Block = { kind: 'heading', level: 2, text: 'Causes' };
  if (groups.length === 0) return [heading, { kind: 'paragraph', inlines: ['Nothing wrong was found.'] }];
  return [
    heading,
    ...groups.flatMap(({ item, indexes }): Block[] => [
      { kind: 'heading', level: 3, text: item.title },
      { kind: 'paragraph', inlines: [{ code: item.id }, ` on ${connectionNumbers(indexes)}. ${item.explanation}`] },
      { kind: 'paragraph', inlines: [{ strong: 'Fix:' }, ` ${CAUSE_FIX[item.id]}`] },
      ...(item.checks.length === 0 ? [] : checksBlocks(item.checks)),
    ]),
  ];
}
