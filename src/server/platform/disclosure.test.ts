import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlCount, type GroupCount, protectGroup } from './disclosure.js';

/** What a reader makes of a published count: the true counts it can stand for. */
const range = (c: GroupCount) => ({ lo: Math.max(8, c.value! - 2), hi: Math.min(c.value! + 2, c.atMost ?? Infinity) });

/** Publishes a group as a policy officer would see it: primary rule, then the group rule. */
function publish(totalCount: number, partCounts: number[]) {
  const total = controlCount(totalCount);
  const parts = partCounts.map(controlCount);
  const result = protectGroup(total, parts);
  return {
    total: result.total ? { value: null, suppressed: true } : total,
    parts: parts.map((p, i) => (result.parts.has(i) ? { value: null, suppressed: true } : p)),
    result,
  };
}

/**
 * The reader's range for what the hidden parts add up to, reading every hidden part as a secret one (0-7):
 * null when no such reading fits (some hidden part must be above 7).
 */
function hiddenSum(total: GroupCount, parts: GroupCount[]) {
  const shown = parts.filter((p) => !p.suppressed).map(range);
  const k = parts.length - shown.length;
  const t = range(total);
  const lo = Math.max(0, t.lo - shown.reduce((s, r) => s + r.hi, 0));
  const hi = Math.min(t.hi - shown.reduce((s, r) => s + r.lo, 0), 7 * k);
  return lo > hi ? null : { lo, hi };
}

describe('rounding alone does not hide a secret part', () => {
  it('four neighbourhoods of 8 and one of 0 (total 32): one of the four is withheld too', () => {
    const { total, parts, result } = publish(32, [8, 8, 8, 8, 0]);
    // Without the rule: 30 means 28-32, four times 10 means at least 32, so the fifth is 0.
    expect(hiddenSum(controlCount(32), [8, 8, 8, 8, 0].map(controlCount))).toEqual({ lo: 0, hi: 0 });
    expect([...result.parts]).toEqual([0]);
    expect(result.total).toBe(false);
    expect(total.value).toBe(30);
    expect(parts.map((p) => p.value)).toEqual([null, 10, 10, 10, null]);
    // Now the two hidden parts add up to anything from 0 to 8.
    expect(hiddenSum(total, parts)).toEqual({ lo: 0, hi: 8 });
  });

  it('a total of 19 and one part of 12: the secret 7 would be pinned to 6 or 7', () => {
    expect(hiddenSum(controlCount(19), [12, 7].map(controlCount))).toEqual({ lo: 6, hi: 7 });
    const { parts, result } = publish(19, [12, 7]);
    expect([...result.parts]).toEqual([0]);
    expect(parts.every((p) => p.suppressed)).toBe(true);
  });

  it('withholds the smallest published part, the first of equals, and only while a secret is pinned', () => {
    // 58 shown 60 (58-62), parts 10, 15, 10, 20 shown: the hidden 3 may be anything from 0 to 7.
    expect([...publish(58, [10, 15, 10, 20, 3]).result.parts]).toEqual([]);
    // 39 shown 40 (38-42), parts 20 (18-22) and 12 shown 10 (8-12): the 7 would be 4-7; the 10 goes.
    expect([...publish(39, [20, 12, 7]).result.parts]).toEqual([1]);
    // 31 shown 30 (28-32), two parts of 12 shown 10: the 7 would be 4-7; the first 10 goes.
    expect([...publish(31, [12, 12, 7]).result.parts]).toEqual([0]);
  });

  it('withholds the total when every part is secret and the total alone pins them', () => {
    // Two neighbourhoods of 7: 14 is shown as 15 (13-17), so both are 6 or 7.
    const { total, result } = publish(14, [7, 7]);
    expect(result.total).toBe(true);
    expect(total.suppressed).toBe(true);
    // Three secret parts under a total of 10 (8-12): each still anything from 0 to 7.
    expect(publish(10, [3, 3, 4]).result.total).toBe(false);
  });

  it('leaves a group alone when nothing is secret or the total is', () => {
    expect(publish(40, [10, 10, 20]).result).toEqual({ parts: new Set(), total: false });
    expect(publish(7, [3, 4]).result).toEqual({ parts: new Set(), total: false });
  });

  it('reads a count of 8 or 9 beside a withheld median for what it is', () => {
    // The total has 9 cases (10, but its median is withheld: 8 or 9); one age band holds all 9, four are empty.
    const total = { ...controlCount(9), atMost: 9 };
    const parts = [{ ...controlCount(9), atMost: 9 }, ...[0, 0, 0, 0].map(controlCount)];
    const result = protectGroup(total, parts);
    // Otherwise the empty bands add up to at most 9 - 8 = 1.
    expect([...result.parts]).toEqual([0]);
    // All five hidden under 8-9: any one of them is still anything from 0 to 7, so the total stays.
    expect(result.total).toBe(false);
  });
});

/** Many small counts, a few larger ones: the cases where rounding gives secrets away. */
const counts = fc.array(fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 7 }) }, { weight: 2, arbitrary: fc.integer({ min: 8, max: 13 }) }, fc.integer({ min: 14, max: 60 })), { minLength: 2, maxLength: 12 });

describe('for every group of counts', () => {
  it('the hidden parts add up to a range of at least 5 values, or to none that fits "all at most 7"', () => {
    fc.assert(fc.property(counts, (trueCounts) => {
      const { total, parts } = publish(trueCounts.reduce((s, c) => s + c, 0), trueCounts);
      if (total.suppressed || parts.every((p) => !p.suppressed)) return;
      const sum = hiddenSum(total, parts);
      if (sum) expect(sum.hi - sum.lo).toBeGreaterThanOrEqual(4);
    }), { numRuns: 5000 });
  });

  it('whatever other groups withhold besides, no secret part can be narrowed to fewer than 5 values', () => {
    const group = counts.chain((trueCounts) => fc.record({
      trueCounts: fc.constant(trueCounts),
      // Parts (and the total) another group withholds for its own sake.
      alsoHidden: fc.array(fc.boolean(), { minLength: trueCounts.length, maxLength: trueCounts.length }),
      totalHidden: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      // Counts of 8 or 9 whose withheld median tells the reader so.
      medians: fc.boolean(),
    }));
    fc.assert(fc.property(group, ({ trueCounts, alsoHidden, totalHidden, medians }) => {
      const seen = (n: number): GroupCount => ({ ...controlCount(n), ...(medians && n >= 8 && n <= 9 ? { atMost: 9 } : {}) });
      const totalCount = trueCounts.reduce((s, c) => s + c, 0);
      const result = protectGroup(seen(totalCount), trueCounts.map(seen));
      if (result.total || totalHidden || controlCount(totalCount).suppressed) return;
      const hidden = trueCounts.map((n, i) => n <= 7 || result.parts.has(i) || alsoHidden[i]!);
      if (!hidden.some(Boolean)) return;
      const t = range(seen(totalCount));
      const shown = trueCounts.filter((_, i) => !hidden[i]).map((n) => range(seen(n)));
      const k = hidden.filter(Boolean).length;
      const lo = Math.max(0, t.lo - shown.reduce((s, r) => s + r.hi, 0));
      const hi = t.hi - shown.reduce((s, r) => s + r.lo, 0);
      // What the reader knows for certain: "at most 7" for every hidden part only when that is true.
      const allSecret = trueCounts.every((n, i) => !hidden[i] || n <= 7);
      trueCounts.forEach((n, i) => {
        if (n > 7) return;
        const least = allSecret ? Math.max(0, lo - 7 * (k - 1)) : 0;
        const most = Math.min(7, hi);
        expect(most - least, `secret part ${i} (${n}) of ${JSON.stringify(trueCounts)}`).toBeGreaterThanOrEqual(4);
      });
    }), { numRuns: 5000 });
  });
});
