import { describe, expect, it } from 'vitest';
import { Grouped } from './grouped.js';

describe('Grouped', () => {
  it('runs what arrives while a group runs as the next group, and answers each item', async () => {
    const groups: number[][] = [];
    const doubled = new Grouped<number, number>(async (items) => {
      groups.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return items.map((n) => n * 2);
    });
    const answers = await Promise.all([1, 2, 3, 4].map((n) => doubled.submit(n)));
    expect(answers).toEqual([2, 4, 6, 8]);
    expect(groups).toEqual([[1], [2, 3, 4]]);
  });

  it('an Error answer fails that item only', async () => {
    const checked = new Grouped<number, number>(async (items) => items.map((n) => (n < 0 ? new Error(`negative ${n}`) : n)));
    const results = await Promise.allSettled([1, -2, 3].map((n) => checked.submit(n)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('when a whole group fails, each item is tried again on its own, so one bad item fails alone', async () => {
    const runs: number[][] = [];
    const fragile = new Grouped<number, number>(async (items) => {
      runs.push(items);
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (items.includes(13)) throw new Error('unlucky');
      return items;
    });
    const results = await Promise.allSettled([1, 2, 13, 4].map((n) => fragile.submit(n)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(runs).toEqual([[1], [2, 13, 4], [2], [13], [4]]);
  });
});
