import type { DbOrTx } from '../../db/database.js';
import { authorizeChild } from '../../platform/case-access.js';
import { type RequestContext, requireActor } from '../../platform/context.js';
import { Problem, invalidField, notFound } from '../../platform/problems.js';
import { recordCaseEvents } from '../timeline/service.js';
import { type ConsentGiver, isEntitled, requiredGivers } from './rules.js';

export interface NewConsent {
  childId: string;
  givenBy: ConsentGiver[];
  organisationIds: string[];
  purpose: string;
  validFrom: string;
  validUntil?: string | null;
}

export async function recordConsent(ctx: RequestContext, input: NewConsent) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    const { familyId } = await authorizeChild(ctx, input.childId, 'update', tx);
    const child = await tx.selectFrom('children').select(['birth_date', 'expected_birth_date']).where('id', '=', input.childId).executeTakeFirstOrThrow();
    if (input.validUntil && input.validUntil < input.validFrom) throw invalidField('validUntil', 'before-valid-from', 'consent.until-before-from');
    if (!isEntitled(input.givenBy, child.birth_date, input.validFrom)) {
      throw new Problem(400, 'invalid-params', 'invalid-params', {
        invalidParams: [{ name: 'givenBy', code: 'not-entitled', reason: `consent.givers.${requiredGivers(child.birth_date, input.validFrom).join('+') as 'parent'}` }],
      });
    }
    const known = await tx.selectFrom('organisations').select('id').where('id', 'in', input.organisationIds).execute();
    if (known.length !== new Set(input.organisationIds).size) throw invalidField('organisationIds', 'unknown-organisation', 'unknown-organisation');
    const created = await tx
      .insertInto('consents')
      .values({
        child_id: input.childId,
        given_by: [...new Set(input.givenBy)],
        organisation_ids: [...new Set(input.organisationIds)],
        purpose: input.purpose,
        valid_from: input.validFrom,
        valid_until: input.validUntil ?? null,
        recorded_by: actor.userId,
        recorded_at: ctx.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordCaseEvents(ctx, tx, [{ familyId, childId: input.childId, kind: 'consent-recorded', data: { consentId: created.id, organisationIds: input.organisationIds, purpose: input.purpose } }]);
    return { id: created.id };
  });
}

/** Withdrawing consent ends every involvement it carried, at once. */
export async function withdrawConsent(ctx: RequestContext, consentId: string, reason: string) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    const consent = await tx.selectFrom('consents').select(['id', 'child_id', 'withdrawn_at']).where('id', '=', consentId).executeTakeFirst();
    if (!consent) throw notFound();
    const { familyId } = await authorizeChild(ctx, consent.child_id, 'update', tx);
    if (consent.withdrawn_at) throw new Problem(409, 'consent-withdrawn', 'consent.already-withdrawn');
    const now = ctx.now();
    await tx.updateTable('consents').set({ withdrawn_at: now, withdrawn_by: actor.userId, withdrawal_reason: reason }).where('id', '=', consentId).execute();
    const ended = await tx
      .updateTable('involvements')
      .set({ ended_at: now, end_reason: 'consent-withdrawn' })
      .where('consent_id', '=', consentId)
      .where('ended_at', 'is', null)
      .returning('professional_id')
      .execute();
    await recordCaseEvents(ctx, tx, [{ familyId, childId: consent.child_id, kind: 'consent-withdrawn', data: { consentId, reason, endedInvolvements: ended.length } }]);
    return { id: consentId, endedInvolvements: ended.length };
  });
}

/** A consent for this child that covers the organisation on that day, if any. */
export async function validConsentFor(db: DbOrTx, childId: string, organisationIds: string[], day: string, consentId?: string) {
  if (organisationIds.length === 0) return undefined;
  let q = db
    .selectFrom('consents')
    .select(['id', 'organisation_ids'])
    .where('child_id', '=', childId)
    .where('withdrawn_at', 'is', null)
    .where('valid_from', '<=', day)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', day)]));
  if (consentId) q = q.where('id', '=', consentId);
  const rows = await q.execute();
  return rows.find((r) => r.organisation_ids.some((id) => organisationIds.includes(id)));
}
