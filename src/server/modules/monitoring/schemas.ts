import { z } from 'zod';
import { AGE_BANDS, BY } from './values.js';

export const codeParams = z.object({ code: z.string().max(40).describe('Indicatorcode, zoals SPEC-USE') });

export const valuesQuery = z.object({
  area: z.string().trim().min(1).max(40).describe('Gebiedscode (NL, PV22, JR-DRENTHE, GM0118, WK011801) of BRIN-nummer van een school'),
  period: z.string().trim().min(4).max(400)
    .transform((v) => v.split(',').map((p) => p.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/)).min(1).max(60))
    .describe('Eén of meer perioden, met komma\'s: 2025, 2025-Q1, 2025-03'),
  by: z.enum(BY).optional().describe('Uitsplitsen naar gebied (één niveau lager), school, leeftijd, verwijzer, niveau, maand of kwartaal'),
  ageBand: z.enum(AGE_BANDS).optional().describe('Alleen deze leeftijdsgroep (first-2000-days: van zwangerschap tot 5,5 jaar)'),
  format: z.enum(['json', 'csv']).default('json').describe('csv: dezelfde cijfers als CSV-bestand'),
});

const controlled = z.object({ value: z.number().nullish(), suppressed: z.boolean() });

export const indicator = z.object({
  code: z.string(),
  name: z.string(),
  explanation: z.string(),
  counts: z.string(),
  statistic: z.enum(['count', 'share', 'rate', 'median']),
  unit: z.string(),
  betterDirection: z.enum(['higher', 'lower']).nullable(),
  attribution: z.enum(['residence', 'school', 'organisation']),
  levels: z.array(z.string()),
  splits: z.array(z.string()),
  source: z.string(),
});

export const indicatorList = z.object({ items: z.array(indicator) });

export const values = z.object({
  indicator: z.object({ code: z.string(), name: z.string(), unit: z.string(), statistic: z.string() }),
  asOf: z.string().describe('De dag waarvoor de cijfers zijn berekend'),
  disclosureControlled: z.literal(true).describe('Altijd onder onthullingsbeheersing: afgerond op vijftallen, 0-7 geheim'),
  items: z.array(z.object({
    area: z.string(),
    areaName: z.string(),
    areaLevel: z.string(),
    period: z.string(),
    group: z.string().optional(),
    value: z.number().optional(),
    suppressed: z.boolean(),
    lower: z.number().optional(),
    upper: z.number().optional(),
    numerator: controlled.optional(),
    denominator: controlled.optional(),
    cases: controlled.optional(),
    p90: z.number().optional(),
    extras: z.record(z.string(), controlled).optional(),
  })),
});
