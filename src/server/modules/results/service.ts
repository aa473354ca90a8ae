import type { DbOrTx } from '../../db/database.js';
import type { AuditEntry } from '../../platform/audit.js';
import { type Actor, type RequestContext, requireActor } from '../../platform/context.js';
import { dayOf } from '../../platform/dates.js';
import { type Page, paged } from '../../platform/paging.js';
import { type InvalidParam, Problem, invalid, notFound } from '../../platform/problems.js';
import { leadOrganisationIds, programmeReference } from '../programmes/service.js';
import { indicatorName, isIndicatorCode, yearValues } from './indicators.js';
import * as repo from './repo.js';
import { type Direction, agreementStatus, contradictsDirection, expectedOn } from './status.js';

/*
 * Result agreements (resultaatafspraken): on an indicator in an area, optionally within a programme, a baseline,
 * a target and the direction that counts as better, with who agreed. Everyone with monitoring:read sees them with
 * their status, computed from the indicator engine's figures. Who may record one: a platform administrator any;
 * a policy officer for the area of their grant and the areas within it; a programme lead for a programme their
 * organisation leads.
 */

export { INDICATOR_CODES, indicatorName, isIndicatorCode } from './indicators.js';

// ---- Who may manage an agreement ----

interface Scope {
  areaId: string;
  programmeLeadOrganisationId: string | null;
}

/** Null when the actor may manage an agreement with this scope; otherwise the reason they may not. */
function refusalReason(actor: Actor, scope: Scope, ancestors: Set<string> | undefined): 'outside-area' | 'not-programme-lead' | null {
  if (actor.roles.includes('platform-admin')) return null;
  const grantAreas = actor.grants.filter((g) => g.role === 'policy-officer' && g.areaId).map((g) => g.areaId!);
  if (grantAreas.some((id) => ancestors?.has(id))) return null;
  if (scope.programmeLeadOrganisationId && leadOrganisationIds(actor).includes(scope.programmeLeadOrganisationId)) return null;
  return actor.roles.includes('policy-officer') ? 'outside-area' : 'not-programme-lead';
}

async function checkMayManage(ctx: RequestContext, scope: Scope, audit: Omit<AuditEntry, 'outcome'>, db: DbOrTx = ctx.db) {
  const actor = requireActor(ctx);
  const ancestors = (await repo.ancestorsOf(db, [scope.areaId])).get(scope.areaId);
  const reason = refusalReason(actor, scope, ancestors);
  if (reason) {
    throw new Problem(403, reason, `result.${reason}`, { audit: { ...audit, outcome: 'denied', context: { ...audit.context, reason } } });
  }
}

// ---- Views ----

function toLine(r: repo.AgreementRow) {
  return {
    baseline: { value: Number(r.baseline_value), on: r.baseline_on },
    target: { value: Number(r.target_value), on: r.target_on },
    direction: r.direction,
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The agreements as the API shows them: with the current figure, the expected value and the status. */
async function present(ctx: RequestContext, rows: repo.AgreementRow[]) {
  const actor = requireActor(ctx);
  const today = dayOf(ctx.now());
  const thisYear = Number(today.slice(0, 4));
  const ancestors = await repo.ancestorsOf(ctx.db, rows.map((r) => r.area_id));

  // One read of the engine per indicator and area, over the years from the earliest baseline to this year.
  const series = new Map<string, Awaited<ReturnType<typeof yearValues>>>();
  for (const r of rows) {
    const key = `${r.indicator_code}|${r.area_code}`;
    const from = Math.min(...rows.filter((o) => `${o.indicator_code}|${o.area_code}` === key).map((o) => Number(o.baseline_on.slice(0, 4))));
    if (series.has(key) || from > thisYear) continue;
    const years = Array.from({ length: thisYear - from + 1 }, (_, i) => String(thisYear - i));
    series.set(key, await yearValues(ctx.db, r.indicator_code, r.area_code, years));
  }

  return rows.map((r) => {
    const line = toLine(r);
    const baselineYear = Number(r.baseline_on.slice(0, 4));
    const values = (series.get(`${r.indicator_code}|${r.area_code}`) ?? [])
      .filter((v) => Number(v.period.slice(0, 4)) >= baselineYear && Number(v.period.slice(0, 4)) <= thisYear)
      .sort((a, b) => b.period.localeCompare(a.period));
    const usable = values.find((v) => !v.suppressed && v.value !== null);
    // Nothing usable: say so, and show the latest period when it was only suppressed.
    const current = usable
      ? { value: usable.value!, period: usable.period, suppressed: false }
      : values[0]
        ? { value: null, period: values[0].period, suppressed: true }
        : null;
    const { status, expected } = agreementStatus(line, usable ? { value: usable.value!, period: usable.period } : null);
    return {
      id: r.id,
      indicator: { code: r.indicator_code, name: indicatorName(r.indicator_code) },
      area: { code: r.area_code, name: r.area_name, level: r.area_kind },
      programme: r.programme_id ? { id: r.programme_id, name: r.programme_name! } : null,
      ...line,
      agreedBy: r.agreed_by,
      note: r.note,
      current,
      expected: round(expected ?? expectedOn(line, today)),
      status,
      canManage: refusalReason(actor, { areaId: r.area_id, programmeLeadOrganisationId: r.programme_lead_organisation_id }, ancestors.get(r.area_id)) === null,
    };
  });
}

export async function listAgreements(ctx: RequestContext, filter: repo.AgreementFilter, page: Page) {
  const { rows, total } = await repo.listAgreements(ctx.db, filter, page);
  return paged(await present(ctx, rows), total, page);
}

export async function getAgreement(ctx: RequestContext, id: string) {
  const row = await repo.findAgreement(ctx.db, id);
  if (!row) throw notFound();
  return (await present(ctx, [row]))[0]!;
}

// ---- Changes ----

export interface AgreementInput {
  indicatorCode: string;
  areaCode: string;
  programmeId?: string | null;
  baselineValue: number;
  baselineOn: string;
  targetValue: number;
  targetOn: string;
  direction: Direction;
  agreedBy: string;
  note?: string | null;
}

/** Checks an agreement as a whole (references, dates, direction) and resolves its area and programme. */
async function resolve(ctx: RequestContext, input: AgreementInput): Promise<{ values: repo.AgreementValues; scope: Scope }> {
  const problems: InvalidParam[] = [];
  if (!isIndicatorCode(input.indicatorCode)) problems.push({ name: 'indicatorCode', code: 'unknown-indicator', reason: 'result.unknown-indicator' });
  const area = await repo.areaByCode(ctx.db, input.areaCode);
  if (!area) problems.push({ name: 'areaCode', code: 'unknown-area', reason: 'result.unknown-area' });
  const programme = input.programmeId ? await programmeReference(ctx, input.programmeId) : null;
  if (input.programmeId && !programme) problems.push({ name: 'programmeId', code: 'unknown-programme', reason: 'result.unknown-programme' });
  if (input.targetOn <= input.baselineOn) problems.push({ name: 'targetOn', code: 'before-baseline', reason: 'result.target-before-baseline' });
  const line = { baseline: { value: input.baselineValue, on: input.baselineOn }, target: { value: input.targetValue, on: input.targetOn }, direction: input.direction };
  if (contradictsDirection(line)) problems.push({ name: 'direction', code: 'direction-mismatch', reason: `result.direction-${input.direction}` });
  if (problems.length > 0) throw invalid(problems);
  return {
    values: {
      indicatorCode: input.indicatorCode,
      areaId: area!.id,
      programmeId: programme?.id ?? null,
      baselineValue: input.baselineValue,
      baselineOn: input.baselineOn,
      targetValue: input.targetValue,
      targetOn: input.targetOn,
      direction: input.direction,
      agreedBy: input.agreedBy,
      note: input.note ?? null,
    },
    scope: { areaId: area!.id, programmeLeadOrganisationId: programme?.leadOrganisationId ?? null },
  };
}

export async function createAgreement(ctx: RequestContext, input: AgreementInput) {
  const actor = requireActor(ctx);
  const { values, scope } = await resolve(ctx, input);
  const context = { indicatorCode: values.indicatorCode, areaCode: input.areaCode, programmeId: values.programmeId };
  await checkMayManage(ctx, scope, { resource: 'result-agreement', action: 'create', context });
  return ctx.transaction(async (tx) => {
    const id = await repo.insertAgreement(tx, values, actor.userId, ctx.now());
    await ctx.audit({ resource: 'result-agreement', resourceId: id, action: 'create', outcome: 'allowed', context }, tx);
    return { id };
  });
}

export type AgreementChanges = Partial<AgreementInput>;

export async function updateAgreement(ctx: RequestContext, id: string, changes: AgreementChanges) {
  await ctx.transaction(async (tx) => {
    const row = await repo.findAgreement(tx, id);
    if (!row) throw notFound();
    const audit = { resource: 'result-agreement', resourceId: id, action: 'update', context: { fields: Object.keys(changes) } };
    // The agreement as it is must be one's own, and so must what it becomes.
    await checkMayManage(ctx, { areaId: row.area_id, programmeLeadOrganisationId: row.programme_lead_organisation_id }, audit, tx);
    const merged: AgreementInput = {
      indicatorCode: row.indicator_code,
      areaCode: row.area_code,
      programmeId: row.programme_id,
      baselineValue: Number(row.baseline_value),
      baselineOn: row.baseline_on,
      targetValue: Number(row.target_value),
      targetOn: row.target_on,
      direction: row.direction,
      agreedBy: row.agreed_by,
      note: row.note,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    };
    const { values, scope } = await resolve(ctx, merged);
    await checkMayManage(ctx, scope, audit, tx);
    await repo.updateAgreement(tx, id, values, ctx.now());
    await ctx.audit({ ...audit, outcome: 'allowed' }, tx);
  });
  return getAgreement(ctx, id);
}

export async function deleteAgreement(ctx: RequestContext, id: string) {
  await ctx.transaction(async (tx) => {
    const row = await repo.findAgreement(tx, id);
    if (!row) throw notFound();
    const audit = { resource: 'result-agreement', resourceId: id, action: 'delete', context: { indicatorCode: row.indicator_code, areaCode: row.area_code } };
    await checkMayManage(ctx, { areaId: row.area_id, programmeLeadOrganisationId: row.programme_lead_organisation_id }, audit, tx);
    await repo.deleteAgreement(tx, id);
    await ctx.audit({ ...audit, outcome: 'allowed' }, tx);
  });
}
