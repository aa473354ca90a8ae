import { z } from 'zod';
import { pageQuery, pagedSchema } from '../../platform/paging.js';
import { INDICATOR_CODES } from './indicators.js';

const day = z.iso.date();
const codes = INDICATOR_CODES.join(', ');

export const idParams = z.strictObject({ id: z.uuid() });
export const created = z.object({ id: z.uuid() });

export const listQuery = z.strictObject({
  area: z.string().trim().min(1).max(40).optional().describe('Gebiedscode, zoals GM0118 of PV22: alleen afspraken voor dat gebied'),
  programmeId: z.uuid().optional().describe('Alleen afspraken binnen dit programma'),
  indicator: z.string().trim().min(1).max(40).optional().describe(`Indicatorcode: ${codes}`),
  ...pageQuery,
});

const direction = z.enum(['higher', 'lower']).describe('Welke kant beter is: higher (hoger is beter) of lower (lager is beter)');

export const agreementFields = {
  indicatorCode: z.string().trim().min(1).max(40).describe(`Indicatorcode: ${codes}`),
  areaCode: z.string().trim().min(1).max(40).describe('Gebiedscode, zoals GM0118'),
  programmeId: z.uuid().nullish().describe('Het programma waarbinnen de afspraak valt (optioneel)'),
  baselineValue: z.number().describe('De waarde bij de nulmeting'),
  baselineOn: day.describe('Datum van de nulmeting'),
  targetValue: z.number().describe('Het streefdoel'),
  targetOn: day.describe('Datum waarop het streefdoel gehaald moet zijn; na de nulmeting'),
  direction,
  agreedBy: z.string().trim().min(1).max(300).describe('Wie de afspraak maakten, zoals "Gemeente Hoogeveen en schoolbesturen"'),
  note: z.string().trim().max(2000).nullish().describe('Toelichting'),
};

export const newAgreement = z.strictObject(agreementFields);
export const agreementChanges = z.strictObject({
  indicatorCode: agreementFields.indicatorCode.optional(),
  areaCode: agreementFields.areaCode.optional(),
  programmeId: agreementFields.programmeId,
  baselineValue: agreementFields.baselineValue.optional(),
  baselineOn: agreementFields.baselineOn.optional(),
  targetValue: agreementFields.targetValue.optional(),
  targetOn: agreementFields.targetOn.optional(),
  direction: direction.optional(),
  agreedBy: agreementFields.agreedBy.optional(),
  note: agreementFields.note,
});

const point = z.object({ value: z.number(), on: day });

export const agreement = z.object({
  id: z.uuid(),
  indicator: z.object({ code: z.string(), name: z.string() }),
  area: z.object({ code: z.string(), name: z.string(), level: z.enum(['country', 'province', 'region', 'municipality', 'neighbourhood']) }),
  programme: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  baseline: point.describe('Nulmeting'),
  target: point.describe('Streefdoel'),
  direction,
  agreedBy: z.string(),
  note: z.string().nullable(),
  current: z
    .object({
      value: z.number().nullable(),
      period: z.string().describe('Het jaar van de waarde, zoals 2025'),
      suppressed: z.boolean().describe('true: de waarde is afgeschermd (te kleine aantallen) en telt niet mee'),
    })
    .nullable()
    .describe('De meest recente bruikbare waarde van de indicator, van dit jaar terug tot het jaar van de nulmeting; null als er geen is'),
  expected: z.number().describe('Wat de rechte lijn van nulmeting naar streefdoel verwacht aan het eind van de periode van de huidige waarde (of vandaag)'),
  status: z.enum(['on-track', 'at-risk', 'off-track', 'unknown']).describe('on-track: op koers; at-risk: achter op de lijn maar niet slechter dan de nulmeting; off-track: slechter dan de nulmeting; unknown: geen bruikbare waarde'),
  canManage: z.boolean().describe('Of u deze afspraak mag wijzigen'),
});
export const agreementPage = pagedSchema(agreement);
