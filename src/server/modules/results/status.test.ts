import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AgreementLine, type AgreementStatus, agreementStatus, contradictsDirection, expectedOn, periodEnd } from './status.js';

// Literacy in Hoogeveen: 74% of pupils start group 3 at a sufficient level in 2022, 85% by 2028.
const literacy: AgreementLine = { baseline: { value: 74, on: '2022-01-01' }, target: { value: 85, on: '2028-01-01' }, direction: 'higher' };
// Specialist care: 48 per 1000 young people at the end of 2022, down to 40 by the end of 2027.
const specialist: AgreementLine = { baseline: { value: 48, on: '2022-12-31' }, target: { value: 40, on: '2027-12-31' }, direction: 'lower' };

describe('the expected value: a straight line from baseline to target', () => {
  it('starts at the baseline, ends at the target and is halfway halfway', () => {
    expect(expectedOn(literacy, '2022-01-01')).toBe(74);
    expect(expectedOn(literacy, '2028-01-01')).toBe(85);
    expect(expectedOn(literacy, '2025-01-01')).toBeCloseTo(79.5, 2);
    expect(expectedOn(specialist, '2025-07-01')).toBeCloseTo(44, 1);
  });

  it('holds the target after the target date and the baseline before the baseline date', () => {
    expect(expectedOn(literacy, '2031-06-30')).toBe(85);
    expect(expectedOn(literacy, '2020-06-30')).toBe(74);
    expect(expectedOn(specialist, '2030-12-31')).toBe(40);
  });

  it('compares a period\'s value with the line at the period\'s last day', () => {
    expect(periodEnd('2025')).toBe('2025-12-31');
    expect(periodEnd('2025-Q1')).toBe('2025-03-31');
    expect(periodEnd('2025-Q4')).toBe('2025-12-31');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2025-02')).toBe('2025-02-28');
    // 2024 ends 3 years (1096 days) into a 6-year (2191-day) line.
    expect(agreementStatus(literacy, { value: 80, period: '2024' }).expected).toBeCloseTo(74 + (11 * 1095) / 2191, 6);
  });
});

describe('the status of an agreement where higher is better', () => {
  const status = (value: number, period = '2024') => agreementStatus(literacy, { value, period }).status;

  it('is on-track at or above the line', () => {
    expect(status(80)).toBe('on-track');
    expect(status(74 + (11 * 1095) / 2191)).toBe('on-track');
    expect(status(90)).toBe('on-track');
  });

  it('is at-risk behind the line but not below the baseline, off-track below the baseline', () => {
    expect(status(78)).toBe('at-risk');
    expect(status(74)).toBe('at-risk');
    expect(status(73.9)).toBe('off-track');
  });

  it('after the target date, compares with the target itself', () => {
    expect(status(85, '2030')).toBe('on-track');
    expect(status(84.9, '2030')).toBe('at-risk');
  });

  it('is unknown without a current value', () => {
    expect(agreementStatus(literacy, null)).toEqual({ status: 'unknown', expected: null });
  });
});

describe('the status of an agreement where lower is better', () => {
  const status = (value: number, period = '2025') => agreementStatus(specialist, { value, period }).status;

  it('is on-track at or below the line, at-risk between line and baseline, off-track above the baseline', () => {
    // Three of the five years gone by the end of 2025: the line expects 48 - 8 * 1096 / 1826 = 43.2.
    expect(agreementStatus(specialist, { value: 43, period: '2025' }).expected).toBeCloseTo(48 - (8 * 1096) / 1826, 6);
    expect(status(43)).toBe('on-track');
    expect(status(48 - (8 * 1096) / 1826)).toBe('on-track');
    expect(status(45)).toBe('at-risk');
    expect(status(48)).toBe('at-risk');
    expect(status(48.5)).toBe('off-track');
  });
});

describe('the direction of an agreement', () => {
  it('contradicts a target that moves the wrong way from the baseline', () => {
    expect(contradictsDirection(literacy)).toBe(false);
    expect(contradictsDirection(specialist)).toBe(false);
    expect(contradictsDirection({ ...specialist, target: { value: 50, on: '2027-12-31' } })).toBe(true);
    expect(contradictsDirection({ ...literacy, target: { value: 70, on: '2028-01-01' } })).toBe(true);
    // Holding a level is an agreement too.
    expect(contradictsDirection({ ...literacy, target: { value: 74, on: '2028-01-01' } })).toBe(false);
  });
});

describe('properties of the status rule', () => {
  const rank: Record<AgreementStatus, number> = { 'off-track': 0, 'at-risk': 1, 'on-track': 2, unknown: -1 };
  const line = fc
    .record({
      baseline: fc.integer({ min: 0, max: 1000 }),
      change: fc.integer({ min: 0, max: 500 }),
      direction: fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
      baselineYear: fc.integer({ min: 2015, max: 2030 }),
      years: fc.integer({ min: 1, max: 10 }),
    })
    .map(({ baseline, change, direction, baselineYear, years }) => ({
      baseline: { value: baseline, on: `${baselineYear}-01-01` },
      target: { value: direction === 'higher' ? baseline + change : baseline - change, on: `${baselineYear + years}-01-01` },
      direction,
    }));

  it('a better current value never gives a worse status', () => {
    fc.assert(
      fc.property(line, fc.integer({ min: -500, max: 1500 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 2015, max: 2045 }), (l, value, step, year) => {
        const better = l.direction === 'higher' ? value + step : value - step;
        const period = String(year);
        expect(rank[agreementStatus(l, { value: better, period }).status]).toBeGreaterThanOrEqual(rank[agreementStatus(l, { value, period }).status]);
      }),
    );
  });

  it('the expected value always lies between baseline and target', () => {
    fc.assert(
      fc.property(line, fc.integer({ min: 2010, max: 2050 }), (l, year) => {
        const expected = expectedOn(l, `${year}-06-30`);
        expect(expected).toBeGreaterThanOrEqual(Math.min(l.baseline.value, l.target.value));
        expect(expected).toBeLessThanOrEqual(Math.max(l.baseline.value, l.target.value));
      }),
    );
  });
});
