import { z } from 'zod';
import { ORGANISATION_KINDS, SIGNAL_DOMAINS } from '../../db/schema.js';

export const idParams = z.strictObject({ id: z.uuid() });
export const newSignal = z.strictObject({
  bsn: z.string().trim().regex(/^\d{9}$/).describe('BSN van de jeugdige (ook als u het dossier niet kunt zien)'),
  domain: z.enum(SIGNAL_DOMAINS),
  note: z.string().trim().max(2000).nullish().describe('Alleen zichtbaar binnen uw organisatie; nooit voor anderen'),
  activeUntil: z.iso.date().nullish().describe('Hoogstens twee jaar, en nooit na de 23e verjaardag'),
});
export const signalCreated = z.object({ id: z.uuid(), activeUntil: z.iso.date(), matches: z.number().int() });
export const closure = z.strictObject({ reason: z.string().trim().min(1).max(1000) });
export const coordination = z.strictObject({ organisationId: z.uuid() });
export const created = z.object({ id: z.uuid() });

export const ownSignals = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      bsnMasked: z.string(),
      domain: z.enum(SIGNAL_DOMAINS),
      note: z.string().nullable(),
      registeredAt: z.iso.datetime({ offset: true }),
      activeUntil: z.iso.date(),
      closedAt: z.iso.datetime({ offset: true }).nullable(),
      professional: z.object({ id: z.uuid(), name: z.string() }),
      matches: z.number().int(),
    }),
  ),
});

const contact = { id: z.uuid(), name: z.string() };
export const matchItem = z.object({
  type: z.literal('signal-match'),
  id: z.uuid(),
  at: z.iso.datetime({ offset: true }),
  matchKind: z.enum(['child', 'family']).describe('child: dezelfde jeugdige; family: een broer of zus in hetzelfde gezin'),
  mySignal: z.object({ id: z.uuid(), domain: z.enum(SIGNAL_DOMAINS), bsnMasked: z.string() }),
  otherProfessional: z.object({ ...contact, jobFunction: z.string().nullable(), email: z.string(), phone: z.string().nullable() }),
  otherOrganisation: z.object({ ...contact, kind: z.string(), phone: z.string().nullable() }),
  proposedCoordinator: z.object(contact).nullable(),
  myConfirmation: z.uuid().nullable(),
  agreedCoordinator: z.uuid().nullable(),
});

const matchRule = {
  priority: z.number().int().min(0).max(10_000),
  description: z.string().trim().min(1).max(500),
  areaId: z.uuid().nullish(),
  whenInvolvedKind: z.enum(ORGANISATION_KINDS).nullish().describe('De regel geldt als een organisatie van deze soort betrokken is'),
  minAge: z.number().int().min(0).max(23).nullish(),
  maxAge: z.number().int().min(0).max(23).nullish(),
  proposeKind: z.enum(ORGANISATION_KINDS).describe('Welke soort organisatie de regie voorstelt'),
};
export const matchRuleInput = z.strictObject(matchRule);
export const matchRules = z.object({
  items: z.array(z.object({ id: z.uuid(), ...matchRule, areaId: z.uuid().nullable(), whenInvolvedKind: z.string().nullable(), minAge: z.number().int().nullable(), maxAge: z.number().int().nullable(), proposeKind: z.string() })),
});
