import { rememberedPer } from './remembered-per.ts';

type KeysOf<T> = (item: T) => readonly string[];
type Grouping<T> = (list: readonly T[]) => ReadonlyMap<string, readonly T[]>;

function group<T>(list: readonly T[], keysOf: KeysOf<T>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    for (const key of new Set(keysOf(item))) {
      const members = groups.get(key);
      if (members === undefined) groups.set(key, [item]);
      else members.push(item);
    }
  }
  return groups;
}

const groupings = rememberedPer(
  <T>(keysOf: KeysOf<T>): Grouping<T> => rememberedPer((list: readonly T[]) => group(list, keysOf)),
);

/**
 * The items of a list under each of their keys, in list order, each once per key. Built once per list and key
 * function, and kept only while the list lives: rules that ask every connection for "the others with the same ticket"
 * look it up instead of reading every other connection again. A list is taken as a snapshot that does not change.
 */
export function groupedBy<T>(list: readonly T[], keysOf: KeysOf<T>): ReadonlyMap<string, readonly T[]> {
  return (groupings(keysOf) as Grouping<T>)(list);
}
