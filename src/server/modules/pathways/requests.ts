
import type { Tx } from '../../db/database.js';
import type { EntryPoint, Outcome } from '../../db/schema.js';
import { bsnVault, isValidBsn } from '../../platform/bsn.js';
import { authorizeChild, involvedChildIds } from '../../platform/case-access.js';
import { type Actor, type RequestContext, requireActor } from '../../platform/context.js';
import { addWorkingDays, dayOf } from '../../platform/dates.js';
import { Problem, invalidField, notFound } from '../../platform/problems.js';
import { validConsentFor } from '../consents/service.js';
import { createFamily } from '../families/service.js';
import { addEpisode, createPlan } from '../plans/service.js';
import { recordCaseEvents } from '../timeline/service.js';

/** The support level an outcome starts; advice and special education start none. */
export const LEVEL_OF_OUTCOME: Partial<Record<Outcome, number>> = { 'light-support': 1, ambulatory: 2, specialist: 3 };

export interface NewRequest {
  childId?: string | null;
  bsn?: string | null;
  pathwayId: string;
  entryPoint: EntryPoint;
  note?: string | null;
  teamId?: string | null;
}

async function loadPathway(tx: Tx, pathwayId: string, field = 'pathwayId') {
  const pathway = await tx.selectFrom('pathways').selectAll().where('id', '=', pathwayId).where('is_active', '=', true).executeTakeFirst();
  if (!pathway) throw invalidField(field, 'unknown-pathway', 'pathway.unknown');
  const steps = await tx.selectFrom('pathway_steps').selectAll().where('pathway_id', '=', pathwayId).orderBy('position').execute();
  return { pathway, steps };
}

/** A request enters through an entry point and starts at the pathway's first step, with its deadline. */
export async function createRequest(ctx: RequestContext, input: NewRequest) {
  const actor = requireActor(ctx);
  if (!input.childId && !input.bsn) throw invalidField('childId', 'child-or-bsn', 'request.child-or-bsn');
  if (input.bsn && !isValidBsn(input.bsn)) throw invalidField('bsn', 'eleven-test', 'child.bsn-invalid');
  const now = ctx.now();
  const today = dayOf(now);
  return ctx.transaction(async (tx) => {
    const { pathway, steps } = await loadPathway(tx, input.pathwayId);
    if (!pathway.entry_points.includes(input.entryPoint)) throw invalidField('entryPoint', 'not-in-pathway', 'request.entry-point-not-in-pathway');
    const familyId = input.childId ? (await authorizeChild(ctx, input.childId, 'update', tx)).familyId : null;
    if (input.teamId && !(await tx.selectFrom('support_teams').select('id').where('id', '=', input.teamId).executeTakeFirst())) {
      throw invalidField('teamId', 'unknown-team', 'request.unknown-team');
    }
    const first = steps[0]!;
    const dueOn = addWorkingDays(today, first.deadline_working_days);
    const request = await tx
      .insertInto('requests')
      .values({
        pathway_id: pathway.id,
        child_id: input.childId ?? null,
        bsn_hash: input.bsn ? bsnVault(ctx.config.secretKey).hash(input.bsn) : null,
        entry_point: input.entryPoint,
        note: input.note ?? null,
        team_id: input.teamId ?? null,
        step_position: first.position,
        step_due_on: dueOn,
        created_by: actor.userId,
        created_organisation_id: actor.organisationIds[0] ?? null,
        received_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('request_steps').values({ request_id: request.id, position: first.position, started_at: now, due_on: dueOn }).execute();
    await ctx.audit({ subjectId: input.childId ?? null, resource: 'request', resourceId: request.id, action: 'create', outcome: 'allowed', context: { pathwayId: pathway.id } }, tx);
    if (input.childId) await recordCaseEvents(ctx, tx, [{ familyId, childId: input.childId, kind: 'request-received', data: { requestId: request.id, pathway: pathway.name } }]);
    return { id: request.id, stepDueOn: dueOn };
  });
}

/**
 * Who may see a request (not the child's file): who made it, who has it, the school support team it belongs
 * to, and the professionals responsible for its current step within the pathway's area.
 */
function visibleRequests(ctx: RequestContext, actor: Actor) {
  const orgIds = actor.organisationIds.length ? actor.organisationIds : ['00000000-0000-0000-0000-000000000000'];
  return ctx.db
    .selectFrom('requests as r')
    .innerJoin('pathways as p', 'p.id', 'r.pathway_id')
    .innerJoin('pathway_steps as st', (join) => join.onRef('st.pathway_id', '=', 'r.pathway_id').onRef('st.position', '=', 'r.step_position'))
    .where((eb) =>
      eb.or([
        eb('r.created_by', '=', actor.userId),
        eb('r.assigned_professional_id', '=', actor.userId),
        eb.exists(eb.selectFrom('support_team_members as tm').select('tm.team_id').whereRef('tm.team_id', '=', 'r.team_id').where('tm.professional_id', '=', actor.userId)),
        eb.and([
          eb('r.status', '=', 'open'),
          eb('r.assigned_professional_id', 'is', null),
          eb.or([eb('st.responsible_function', '=', actor.jobFunction ?? '-'), eb.exists(eb.selectFrom('organisations as o').select('o.id').where('o.id', 'in', orgIds).whereRef('o.kind', '=', 'st.responsible_organisation_kind'))]),
          eb.or([
            eb('p.area_id', 'is', null),
            eb.exists(
              eb
                .selectFrom('organisations as o')
                .innerJoin('areas as a', 'a.id', 'o.area_id')
                .select('o.id')
                .where('o.id', 'in', orgIds)
                .where((w) => w.or([w('a.id', '=', w.ref('p.area_id')), w('a.parent_id', '=', w.ref('p.area_id'))])),
            ),
          ]),
        ]),
      ]),
    );
}

const requestColumns = [
  'r.id', 'r.pathway_id', 'p.name as pathway_name', 'r.child_id', 'r.entry_point', 'r.note', 'r.status', 'r.step_position', 'st.name as step_name',
  'r.step_due_on', 'r.assigned_professional_id', 'r.created_by', 'r.received_at', 'r.first_contact_at', 'r.decided_at', 'r.support_started_on',
  'r.outcome', 'r.episode_id', 'r.team_id',
] as const;

async function withChildNames<T extends { child_id: string | null }>(ctx: RequestContext, actor: Actor, rows: T[]) {
  const childIds = [...new Set(rows.map((r) => r.child_id).filter((id): id is string => id !== null))];
  const involved = await involvedChildIds(ctx.db, actor.userId, childIds, ctx.now());
  const names = involved.size
    ? new Map((await ctx.db.selectFrom('children').select(['id', 'given_name', 'family_name']).where('id', 'in', [...involved]).execute()).map((c) => [c.id, `${c.given_name} ${c.family_name}`]))
    : new Map<string, string>();
  return rows.map((r) => ({ row: r, childName: r.child_id ? (names.get(r.child_id) ?? null) : null }));
}

function toView(today: string, { row: r, childName }: { row: RequestRow; childName: string | null }) {
  return {
    id: r.id,
    pathway: { id: r.pathway_id, name: r.pathway_name },
    childId: r.child_id,
    childName,
    entryPoint: r.entry_point,
    note: r.note,
    status: r.status,
    step: { position: r.step_position, name: r.step_name, dueOn: r.step_due_on },
    isOverdue: r.status === 'open' && r.step_due_on !== null && r.step_due_on < today,
    assignedProfessionalId: r.assigned_professional_id,
    createdBy: r.created_by,
    receivedAt: r.received_at.toISOString(),
    firstContactAt: r.first_contact_at?.toISOString() ?? null,
    decidedAt: r.decided_at?.toISOString() ?? null,
    supportStartedOn: r.support_started_on,
    outcome: r.outcome,
    episodeId: r.episode_id,
    teamId: r.team_id,
  };
}

type RequestRow = Awaited<ReturnType<ReturnType<typeof queryRequests>['execute']>>[number];
const queryRequests = (ctx: RequestContext, actor: Actor) => visibleRequests(ctx, actor).select(requestColumns);

export async function listRequests(ctx: RequestContext, filter: { status?: 'open' | 'closed'; teamId?: string }) {
  const actor = requireActor(ctx);
  let q = queryRequests(ctx, actor);
  if (filter.status) q = q.where('r.status', '=', filter.status);
  if (filter.teamId) q = q.where('r.team_id', '=', filter.teamId);
  const rows = await q.orderBy('r.step_due_on').orderBy('r.received_at').limit(500).execute();
  const today = dayOf(ctx.now());
  await ctx.audit(rows.filter((r) => r.child_id).map((r) => ({ subjectId: r.child_id, resource: 'request', resourceId: r.id, action: 'list', outcome: 'allowed' as const })));
  return { items: (await withChildNames(ctx, actor, rows)).map((r) => toView(today, r)) };
}

async function loadVisibleRequest(ctx: RequestContext, actor: Actor, requestId: string, action: string) {
  const row = await queryRequests(ctx, actor).where('r.id', '=', requestId).executeTakeFirst();
  if (!row) {
    const exists = await ctx.db.selectFrom('requests').select('child_id').where('id', '=', requestId).executeTakeFirst();
    throw notFound({ subjectId: exists?.child_id ?? null, resource: 'request', resourceId: requestId, action, outcome: 'denied', context: { reason: 'not-visible' } });
  }
  return row;
}

export async function getRequest(ctx: RequestContext, requestId: string) {
  const actor = requireActor(ctx);
  const row = await loadVisibleRequest(ctx, actor, requestId, 'read');
  await ctx.audit({ subjectId: row.child_id, resource: 'request', resourceId: requestId, action: 'read', outcome: 'allowed' });
  const [view] = await withChildNames(ctx, actor, [row]);
  const steps = await ctx.db.selectFrom('request_steps').selectAll().where('request_id', '=', requestId).orderBy('id').execute();
  return {
    ...toView(dayOf(ctx.now()), view!),
    history: steps.map((s) => ({ position: s.position, startedAt: s.started_at.toISOString(), dueOn: s.due_on, completedAt: s.completed_at?.toISOString() ?? null, note: s.note })),
  };
}

async function moveOn(ctx: RequestContext, tx: Tx, request: { id: string; pathway_id: string; step_position: number }, note: string | null) {
  const now = ctx.now();
  await tx
    .updateTable('request_steps')
    .set({ completed_at: now, completed_by: requireActor(ctx).userId, note })
    .where('request_id', '=', request.id)
    .where('position', '=', request.step_position)
    .where('completed_at', 'is', null)
    .execute();
  const next = await tx.selectFrom('pathway_steps').selectAll().where('pathway_id', '=', request.pathway_id).where('position', '>', request.step_position).orderBy('position').executeTakeFirst();
  if (!next) {
    // The last step done: the outcome is due now.
    await tx.updateTable('requests').set({ step_due_on: dayOf(now) }).where('id', '=', request.id).execute();
    return;
  }
  const dueOn = addWorkingDays(dayOf(now), next.deadline_working_days);
  await tx.updateTable('requests').set({ step_position: next.position, step_due_on: dueOn }).where('id', '=', request.id).execute();
  await tx.insertInto('request_steps').values({ request_id: request.id, position: next.position, started_at: now, due_on: dueOn }).execute();
}

/**
 * The professional who picks the request up records the first contact. If the child is known, they become
 * involved when consent covers their organisation (or they work where the request came from).
 */
export async function recordFirstContact(ctx: RequestContext, requestId: string, note: string | null) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    const row = await loadVisibleRequest(ctx, actor, requestId, 'first-contact');
    if (row.status !== 'open') throw new Problem(409, 'request-closed', 'request.closed');
    if (row.first_contact_at) throw new Problem(409, 'contact-recorded', 'request.contact-recorded');
    const now = ctx.now();
    await tx.updateTable('requests').set({ first_contact_at: now, assigned_professional_id: actor.userId }).where('id', '=', requestId).execute();
    let involved = false;
    if (row.child_id) {
      const request = await tx.selectFrom('requests').select('created_organisation_id').where('id', '=', requestId).executeTakeFirstOrThrow();
      const sameOrganisation = request.created_organisation_id !== null && actor.organisationIds.includes(request.created_organisation_id);
      const consent = sameOrganisation ? undefined : await validConsentFor(tx, row.child_id, actor.organisationIds, dayOf(now));
      if (sameOrganisation || consent) {
        await tx.insertInto('involvements').values({ child_id: row.child_id, professional_id: actor.userId, organisation_id: actor.organisationIds[0] ?? null, reason: 'referral', consent_id: consent?.id ?? null, started_at: now }).execute();
        involved = true;
      }
    }
    await moveOn(ctx, tx, row, note);
    await ctx.audit({ subjectId: row.child_id, resource: 'request', resourceId: requestId, action: 'first-contact', outcome: 'allowed', context: { involved } }, tx);
    return { id: requestId, involved };
  });
}

export async function completeStep(ctx: RequestContext, requestId: string, note: string | null) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    const row = await loadVisibleRequest(ctx, actor, requestId, 'complete-step');
    if (row.status !== 'open') throw new Problem(409, 'request-closed', 'request.closed');
    await moveOn(ctx, tx, row, note);
    await ctx.audit({ subjectId: row.child_id, resource: 'request', resourceId: requestId, action: 'complete-step', outcome: 'allowed' }, tx);
    return { id: requestId };
  });
}

export interface OutcomeInput {
  outcome: Outcome;
  providerOrganisationId?: string | null;
  startedOn?: string | null;
  note?: string | null;
}

/**
 * Ends the request with one of the pathway's outcomes. An outcome with support opens the family plan (or
 * extends the open one) and starts an episode at the matching level; specialist care waits for the access team.
 */
export async function recordOutcome(ctx: RequestContext, requestId: string, input: OutcomeInput) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    const row = await loadVisibleRequest(ctx, actor, requestId, 'outcome');
    if (row.status !== 'open') throw new Problem(409, 'request-closed', 'request.closed');
    const pathway = await tx.selectFrom('pathways').select('outcomes').where('id', '=', row.pathway_id).executeTakeFirstOrThrow();
    if (!pathway.outcomes.includes(input.outcome)) throw invalidField('outcome', 'not-in-pathway', 'request.outcome-not-allowed');
    const now = ctx.now();
    const today = dayOf(now);
    const level = LEVEL_OF_OUTCOME[input.outcome];
    let episodeId: string | null = null;
    let supportStartedOn: string | null = null;
    if (level !== undefined) {
      if (!row.child_id) throw new Problem(409, 'child-required', 'request.child-required');
      const providerOrganisationId = input.providerOrganisationId ?? (level === 1 ? actor.organisationIds[0] : undefined);
      if (!providerOrganisationId) throw invalidField('providerOrganisationId', 'required', 'field.required');
      const child = await tx.selectFrom('children').select('family_id').where('id', '=', row.child_id).executeTakeFirstOrThrow();
      const familyId = child.family_id ?? (await createFamily(ctx, { childIds: [row.child_id], guardians: [] })).id;
      const open = await tx.selectFrom('plans').select('id').where('family_id', '=', familyId).where('status', '=', 'open').executeTakeFirst();
      const planId = open?.id ?? (await createPlan(ctx, { familyId, coordinatorId: actor.userId })).id;
      // Light support starts at once, close by; other care when the provider starts it.
      const startedOn = level === 3 ? null : (input.startedOn ?? (level === 1 ? today : null));
      const episode = await addEpisode(ctx, planId, {
        childId: row.child_id,
        level,
        providerOrganisationId,
        requestedOn: dayOf(row.received_at),
        decidedOn: level === 3 ? null : today,
        startedOn,
        referrer: row.entry_point === 'gp-practice' ? '02' : row.entry_point === 'jgz' ? '03' : row.entry_point === 'parents' ? '06' : '01',
      });
      episodeId = episode.id;
      supportStartedOn = startedOn;
    }
    await tx
      .updateTable('requests')
      .set({ status: 'closed', outcome: input.outcome, decided_at: now, support_started_on: supportStartedOn, episode_id: episodeId, step_due_on: null })
      .where('id', '=', requestId)
      .execute();
    await tx.updateTable('request_steps').set({ completed_at: now, completed_by: actor.userId, note: input.note ?? null }).where('request_id', '=', requestId).where('completed_at', 'is', null).execute();
    await ctx.audit({ subjectId: row.child_id, resource: 'request', resourceId: requestId, action: 'outcome', outcome: 'allowed', context: { outcome: input.outcome } }, tx);
    if (row.child_id) await recordCaseEvents(ctx, tx, [{ childId: row.child_id, familyId: (await tx.selectFrom('children').select('family_id').where('id', '=', row.child_id).executeTakeFirst())?.family_id ?? null, kind: 'request-closed', data: { requestId, outcome: input.outcome } }]);
    return { id: requestId, outcome: input.outcome, episodeId };
  });
}

/** Open requests past their step's deadline that fall to this professional: for the inbox and the board. */
export async function overdueItems(ctx: RequestContext, actor: Actor) {
  const today = dayOf(ctx.now());
  const rows = await queryRequests(ctx, actor)
    .where('r.status', '=', 'open')
    .where('r.step_due_on', '<', today)
    .where((eb) => eb.or([eb('r.assigned_professional_id', '=', actor.userId), eb.and([eb('r.assigned_professional_id', 'is', null), eb('r.created_by', '=', actor.userId)])]))
    .orderBy('r.step_due_on')
    .limit(100)
    .execute();
  return rows.map((r) => ({ type: 'overdue-request' as const, id: r.id, at: `${r.step_due_on}T00:00:00.000Z`, pathway: r.pathway_name, step: r.step_name, dueOn: r.step_due_on! }));
}

/** New requests waiting for someone with this professional's function (a task to pick up). */
export async function taskItems(ctx: RequestContext, actor: Actor) {
  const rows = await queryRequests(ctx, actor)
    .where('r.status', '=', 'open')
    .where('r.assigned_professional_id', 'is', null)
    .where('r.created_by', '!=', actor.userId)
    .orderBy('r.received_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({ type: 'request-task' as const, id: r.id, at: r.received_at.toISOString(), pathway: r.pathway_name, step: r.step_name, dueOn: r.step_due_on }));
}

