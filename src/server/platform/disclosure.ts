/**
 * Disclosure control for figures shown to people without case access, after the rule Statistics Netherlands
 * (CBS) applies to youth-care counts per municipality and neighbourhood: counts are rounded to a multiple of
 * five, and 0 to 7 are secret.
 */
export interface ControlledCount {
  value: number | null;
  suppressed: boolean;
}

export function controlCount(count: number): ControlledCount {
  if (count <= 7) return { value: null, suppressed: true };
  return { value: Math.round(count / 5) * 5, suppressed: false };
}

export const exactCount = (count: number): ControlledCount => ({ value: count, suppressed: false });

/**
 * A count as a reader sees it in a group. `atLeast` and `atMost` are what the reader learns besides the
 * rounded value: a median is shown only from 10 cases, so beside a published 10 a shown median says 10-12 and
 * a withheld one 8-9.
 */
export interface GroupCount extends ControlledCount {
  atLeast?: number;
  atMost?: number;
}

export interface GroupSuppression {
  /** Indices of published parts to withhold as well. */
  parts: Set<number>;
  /** The total must be withheld too: every part is secret and the total alone still pins them. */
  total: boolean;
}

const SECRET_AT_MOST = 7;
/** A range of fewer than five whole numbers is narrower than the rounding itself. */
const NARROWEST = 4;

/** The true counts a published figure can stand for: rounding moves a count at most 2, and 0-7 are never shown. */
function bounds(c: GroupCount): { lo: number; hi: number } {
  const value = c.value!;
  return { lo: Math.max(SECRET_AT_MOST + 1, value - 2, c.atLeast ?? 0), hi: Math.min(value + 2, c.atMost ?? Number.POSITIVE_INFINITY) };
}

/**
 * Secondary suppression for one group: a total and parts that add up to it (area and its sub-areas, a year and
 * its months, all children and the age bands). Rounding alone does not hide a secret part: total 32 (shown 30,
 * so 28-32) and four parts of 8 (shown 10, so 8-12 each, at least 32 together) pin a fifth to 0.
 *
 * The reader knows the total's range [Tlo, Thi] and each published part's [Plo, Phi]; the k hidden parts then
 * add up to at most hi = Thi - sum(Plo) and at least lo = max(0, Tlo - sum(Phi)). A hidden part is pinned when
 * - hi < 4: every hidden part is 0 to 3; or
 * - reading every hidden part as a secret one (at most 7), one of them has fewer than 5 possible values: it lies
 *   in [max(0, lo - 7(k-1)), min(7, hi)]. (With plain rounded parts this is the same as the hidden parts' sum,
 *   [lo, min(hi, 7k)], being narrower than 5 values.) When lo > 7k no reading fits: some hidden part is above 7.
 * While a part is pinned, the smallest published part (ties: the first) is withheld too; when none is left, the
 * total is. The answer depends on the primary values alone, so it is the same whichever request asks.
 *
 * Why withholding more never makes a safe group unsafe (which lets every group of a figure be decided on its
 * own): what a reader knows for certain about a hidden part is that it is at least 0, and at most 7 only as
 * long as every hidden part of the group is a secret one. Withholding a published part j removes its bounds
 * from the sums: hi grows by Plo_j (at least 8), so "hi >= 4" stays true. From then on the hidden parts include
 * one above 7, so "at most 7" no longer holds for all of them; a reader who still assumes it reasons from a
 * falsehood, and one who does not can bound a single hidden part only by [0, hi], which keeps at least 5 values.
 * (The range under the at-most-7 reading alone is not monotone: it can turn narrow once a part above 7 hides
 * among the secret ones, but then it rests on that false premise.) Withholding the total removes the group's
 * only constraint.
 *
 * Parts that do not add up exactly are treated as if they did (conservative: a sum of lower bounds above the
 * total's upper bound means the parts overlap, as months of a yearly count of children do, and such a group
 * pins nothing).
 */
export function protectGroup(total: GroupCount, parts: GroupCount[]): GroupSuppression {
  const picked = new Set<number>();
  if (total.suppressed) return { parts: picked, total: false };
  const t = bounds(total);
  for (;;) {
    let hidden = 0;
    let sumLo = 0;
    let sumHi = 0;
    parts.forEach((part, i) => {
      if (part.suppressed || picked.has(i)) hidden += 1;
      else {
        const b = bounds(part);
        sumLo += b.lo;
        sumHi += b.hi;
      }
    });
    if (hidden === 0 || !isPinned(Math.max(0, t.lo - sumHi), t.hi - sumLo, hidden)) return { parts: picked, total: false };
    let smallest = -1;
    parts.forEach((part, i) => {
      if (part.suppressed || picked.has(i)) return;
      if (smallest < 0 || part.value! < parts[smallest]!.value!) smallest = i;
    });
    if (smallest < 0) return { parts: picked, total: true };
    picked.add(smallest);
  }
}

/** Whether the hidden parts' sum in [lo, hi] pins one of k hidden parts to fewer than 5 values. */
function isPinned(lo: number, hi: number, k: number): boolean {
  // The parts overlap rather than add up (see above): nothing follows.
  if (hi < lo) return false;
  if (hi < NARROWEST) return true;
  // No reading with every hidden part at most 7 fits: some hidden part is above 7.
  if (lo > SECRET_AT_MOST * k) return false;
  const least = Math.max(0, lo - SECRET_AT_MOST * (k - 1));
  const most = Math.min(SECRET_AT_MOST, hi);
  return most - least < NARROWEST;
}
