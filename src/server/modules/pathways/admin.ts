import type { EntryPoint, Outcome } from '../../db/schema.js';
import { type RequestContext, requireActor } from '../../platform/context.js';
import { invalidField, notFound } from '../../platform/problems.js';

export interface PathwayInput {
  name: string;
  description?: string | null;
  areaId?: string | null;
  entryPoints: EntryPoint[];
  outcomes: Outcome[];
  isActive?: boolean;
  steps: { name: string; responsibleFunction?: string | null; responsibleOrganisationKind?: string | null; deadlineWorkingDays: number }[];
}

function validate(input: PathwayInput) {
  input.steps.forEach((step, index) => {
    if (!step.responsibleFunction && !step.responsibleOrganisationKind) {
      throw invalidField(`steps.${index}.responsibleFunction`, 'responsible-required', 'pathway.step-responsible-required');
    }
  });
}

export async function listPathways(ctx: RequestContext, filter: { areaId?: string } = {}) {
  let q = ctx.db.selectFrom('pathways as p').leftJoin('areas as a', 'a.id', 'p.area_id').select(['p.id', 'p.name', 'p.description', 'p.entry_points', 'p.outcomes', 'p.is_active', 'a.id as area_id', 'a.name as area_name']);
  if (filter.areaId) q = q.where('p.area_id', '=', filter.areaId);
  const rows = await q.orderBy('p.name').execute();
  const steps = rows.length
    ? await ctx.db.selectFrom('pathway_steps').selectAll().where('pathway_id', 'in', rows.map((r) => r.id)).orderBy('position').execute()
    : [];
  return {
    items: rows.map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      area: p.area_id ? { id: p.area_id, name: p.area_name! } : null,
      entryPoints: p.entry_points,
      outcomes: p.outcomes,
      isActive: p.is_active,
      steps: steps.filter((s) => s.pathway_id === p.id).map((s) => ({
        position: s.position,
        name: s.name,
        responsibleFunction: s.responsible_function,
        responsibleOrganisationKind: s.responsible_organisation_kind,
        deadlineWorkingDays: s.deadline_working_days,
      })),
    })),
  };
}

export async function getPathway(ctx: RequestContext, id: string) {
  const exists = await ctx.db.selectFrom('pathways').select('id').where('id', '=', id).executeTakeFirst();
  if (!exists) throw notFound();
  const { items } = await listPathways(ctx);
  return items.find((p) => p.id === id)!;
}

/** Saves a pathway and its steps as one version; open requests keep the step number they are at. */
export async function savePathway(ctx: RequestContext, input: PathwayInput, id?: string) {
  const actor = requireActor(ctx);
  validate(input);
  return ctx.transaction(async (tx) => {
    if (input.areaId && !(await tx.selectFrom('areas').select('id').where('id', '=', input.areaId).executeTakeFirst())) {
      throw invalidField('areaId', 'unknown-area', 'unknown-area');
    }
    const values = {
      name: input.name,
      description: input.description ?? null,
      area_id: input.areaId ?? null,
      entry_points: [...new Set(input.entryPoints)],
      outcomes: [...new Set(input.outcomes)],
      is_active: input.isActive ?? true,
      updated_by: actor.userId,
      updated_at: ctx.now(),
    };
    let pathwayId = id;
    if (pathwayId) {
      const updated = await tx.updateTable('pathways').set(values).where('id', '=', pathwayId).returning('id').executeTakeFirst();
      if (!updated) throw notFound();
      await tx.deleteFrom('pathway_steps').where('pathway_id', '=', pathwayId).execute();
    } else {
      pathwayId = (await tx.insertInto('pathways').values(values).returning('id').executeTakeFirstOrThrow()).id;
    }
    await tx
      .insertInto('pathway_steps')
      .values(input.steps.map((s, index) => ({
        pathway_id: pathwayId!,
        position: index + 1,
        name: s.name,
        responsible_function: s.responsibleFunction ?? null,
        responsible_organisation_kind: s.responsibleOrganisationKind ?? null,
        deadline_working_days: s.deadlineWorkingDays,
      })))
      .execute();
    await ctx.audit({ resource: 'pathway', resourceId: pathwayId, action: id ? 'update' : 'create', outcome: 'allowed' }, tx);
    return { id: pathwayId };
  });
}
