import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { groupedBy } from '../../../../src/core/analysis/grouped-by.ts';

const keysOf = (word: string) => word.split('');

describe('groupedBy', () => {
  test('each item under each of its keys, once, in list order', () => {
    expect([...groupedBy(['ab', 'ba', 'aa'], keysOf)]).toEqual([
      ['a', ['ab', 'ba', 'aa']],
      ['b', ['ab', 'ba']],
    ]);
  });

  test('the same as filtering the list by key', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-d]{0,3}$/)), (list) => {
        const groups = groupedBy(list, keysOf);
        for (const key of 'abcd') {
          expect(groups.get(key) ?? []).toEqual(list.filter((item) => item.includes(key)));
        }
      }),
    );
  });

  test('built once per list and key function', () => {
    const list = ['ab'];
    expect(groupedBy(list, keysOf)).toBe(groupedBy(list, keysOf));
    expect(groupedBy([...list], keysOf)).not.toBe(groupedBy(list, keysOf));
    expect(groupedBy(list, (word) => [word])).not.toBe(groupedBy(list, keysOf));
  });
});
