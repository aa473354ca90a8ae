import Holidays from 'date-holidays';

/** Calendar dates as 'YYYY-MM-DD' strings, in the Netherlands' time zone: a day is a Dutch day. */
const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

export function dayOf(moment: Date): string {
  return DAY_FORMAT.format(moment);
}

/** Full years of age on `day`; the birthday itself counts. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

const holidays = new Holidays('NL');
const holidayCache = new Map<number, Set<string>>();

/** Dutch public holidays (Nieuwjaar, Pasen, Koningsdag, Hemelvaart, Pinksteren, Kerst) of a year. */
function publicHolidays(year: number): Set<string> {
  let days = holidayCache.get(year);
  if (!days) {
    days = new Set(holidays.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    holidayCache.set(year, days);
  }
  return days;
}

export function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !publicHolidays(Number(day.slice(0, 4))).has(day);
}

/** The day `workingDays` working days after `day` (deadlines in pathways are counted this way). */
export function addWorkingDays(day: string, workingDays: number): string {
  let result = day;
  let remaining = workingDays;
  while (remaining > 0) {
    result = addDays(result, 1);
    if (isWorkingDay(result)) remaining -= 1;
  }
  return result;
}
