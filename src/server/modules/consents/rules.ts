import { ageOn } from '../../platform/dates.js';

export type ConsentGiver = 'parent' | 'young-person';

/**
 * Who gives consent follows from the child's age on the day it is given (the Dutch rules for youth care,
 * WGBO/Jeugdwet): the parents for a child under 12, the parents and the child together from 12 to 15,
 * the young person alone from 16. An unborn child: the parents.
 */
export function requiredGivers(birthDate: string | null, day: string): ConsentGiver[] {
  if (!birthDate || birthDate > day) return ['parent'];
  const age = ageOn(birthDate, day);
  if (age < 12) return ['parent'];
  if (age < 16) return ['parent', 'young-person'];
  return ['young-person'];
}

export function isEntitled(givenBy: readonly ConsentGiver[], birthDate: string | null, day: string): boolean {
  const required = requiredGivers(birthDate, day);
  const given = new Set(givenBy);
  return given.size === required.length && required.every((g) => given.has(g));
}
