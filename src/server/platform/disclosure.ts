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
