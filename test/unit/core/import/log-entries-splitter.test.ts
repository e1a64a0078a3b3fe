import { expect, it } from 'vitest';
import { LogEntriesSplitter } from '../../../../src/core/import/log-entries-splitter.ts';

it('hands over each log.entries item as soon as it is complete, and keeps the rest as the skeleton', () => {
  const items: [string, number][] = [];
  const splitter = new LogEntriesSplitter(
    (text, index) => items.push([text, index]),
    () => items.push(['restart', -1]),
  );
  splitter.push('{"log":{"pages":[{"id":"p"}],"entries":[ {"a":"],\\"}"} ,[1');
  expect(items).toEqual([
    ['restart', -1],
    ['restart', -1],
    [' {"a":"],\\"}"} ', 0],
  ]);
  splitter.push(',{}],{"x":2}]},"other":{"entries":[3]}}');
  expect(items.slice(3)).toEqual([
    ['[1,{}]', 1],
    ['{"x":2}', 2],
  ]);
  expect(splitter.skeleton()).toBe('{"log":{"pages":[{"id":"p"}],"entries":[]},"other":{"entries":[3]}}');
});
