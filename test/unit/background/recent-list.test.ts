import { describe, expect, test } from 'vitest';
import { RecentList } from '../../../src/background/recent-list.ts';

describe('RecentList', () => {
  test('keeps the newest items up to its size', () => {
    const list = new RecentList<number>(3);
    for (const item of [1, 2, 3, 4, 5]) list.add(item);
    expect(list.items).toEqual([3, 4, 5]);
  });

  test('hands out what was added since the last time, once', () => {
    const list = new RecentList<number>(2);
    for (const item of [1, 2, 3]) list.add(item);
    expect(list.takeNew()).toEqual([1, 2, 3]);
    expect(list.takeNew()).toEqual([]);
    list.add(4);
    expect(list.takeNew()).toEqual([4]);
  });

  test('replace() sets the items (newest kept) and forgets what was new', () => {
    const list = new RecentList<number>(2);
    list.add(1);
    list.replace([7, 8, 9]);
    expect(list.items).toEqual([8, 9]);
    expect(list.takeNew()).toEqual([]);
  });

  test('items handed out do not change with later additions', () => {
    const list = new RecentList<number>(5);
    list.add(1);
    const before = list.items;
    list.add(2);
    expect(before).toEqual([1]);
  });
});
