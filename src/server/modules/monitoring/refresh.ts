import { type RawBuilder, sql } from 'kysely';
import type { Db, DbOrTx } from '../../db/database.js';
import { factsOf, SUBJECT_KINDS, type SubjectKind } from './facts.js';

/*
 * From facts to values. A subject contributes to a cell (indicator × area × period × part × age band ×
 * first-2000-days × split × days) once when the part counts subjects, else once per fact. Because every
 * subject has one area, contributions add up across areas and across subjects, so values for every unit
 * (the area itself, its ancestors, and the school) are plain sums, and a change is applied as a difference.
 */

const CELL = sql.raw('indicator, part, area_id, school_id, period, age_band, first_2000, split, days');

/** Contributions per subject and cell of the facts in `source` (a relation with monitoring_facts' columns). */
function contributions(source: RawBuilder<unknown>, asOf: string) {
  return sql`
    select subject_kind, subject_id, ${CELL},
      case when bool_or(per_subject) then 1 else count(*) end as n
    from (
      select f.subject_kind, f.subject_id, f.indicator, f.part, f.per_subject, f.area_id, f.school_id, p.key as period,
        -- Age on the day of the fact, or at the end of the period for what lasts.
        case when f.birth_on is null then '' when r.ref < f.birth_on then 'unborn'
             when r.ref < f.birth_on + interval '4 years' then '0-3' when r.ref < f.birth_on + interval '12 years' then '4-11'
             when r.ref < f.birth_on + interval '18 years' then '12-17' when r.ref < f.birth_on + interval '23 years' then '18-22'
             else '23+' end as age_band,
        f.birth_on is not null and r.ref < f.birth_on + 2000 as first_2000,
        f.split, coalesce(f.days, -1) as days
      from ${source} f
      join monitoring_periods p on p.starts_on <= least(coalesce(f.ends_on, ${asOf}::date), ${asOf}::date) and p.ends_on > f.starts_on
      cross join lateral (select case when f.ends_on = f.starts_on then f.starts_on else p.ends_on - 1 end as ref) r
    ) x
    group by subject_kind, subject_id, ${CELL}
  `;
}

/** Cells (summed contributions) rolled up to every unit: each ancestor area of the fact's area, and the school. */
function rollup(cells: RawBuilder<unknown>) {
  return sql`
    with recursive tree (area_id, unit_id) as (
      select id, id from areas
      union all
      select t.area_id, a.parent_id from tree t join areas a on a.id = t.unit_id where a.parent_id is not null
    ),
    cells as (${cells})
    select indicator, unit_id, period, part, age_band, first_2000, split, days, sum(n)::bigint as n
    from (
      select c.*, t.unit_id from cells c join tree t on t.area_id = c.area_id
      union all
      select c.*, c.school_id from cells c where c.school_id is not null
    ) u
    group by indicator, unit_id, period, part, age_band, first_2000, split, days
  `;
}

async function lock(tx: DbOrTx) {
  // One refresh at a time: values are updated by difference.
  await sql`select pg_advisory_xact_lock(hashtext('monitoring-refresh'))`.execute(tx);
}

async function setAsOf(tx: DbOrTx, asOf: string) {
  await sql`insert into monitoring_state (id, as_of, refreshed_at) values (true, ${asOf}, now())
    on conflict (id) do update set as_of = excluded.as_of, refreshed_at = excluded.refreshed_at`.execute(tx);
}

/** Recompute every fact and value from the source tables; readers see the old figures until the swap commits. */
export async function refreshAll(db: Db, asOf: string) {
  const started = performance.now();
  return db.transaction().execute(async (tx) => {
    await lock(tx);
    await sql`delete from monitoring_dirty`.execute(tx);
    await sql`truncate monitoring_facts`.execute(tx);
    for (const kind of SUBJECT_KINDS) await sql`insert into monitoring_facts ${factsOf(kind, null)}`.execute(tx);
    const factMillis = performance.now() - started;
    await sql`create temporary table fresh_values on commit drop as ${rollup(sql`
      select ${CELL}, sum(n) as n from (${contributions(sql.raw('monitoring_facts'), asOf)}) c group by ${CELL}`)}`.execute(tx);
    await sql`delete from monitoring_values`.execute(tx);
    await sql`insert into monitoring_values (indicator, unit_id, period, part, age_band, first_2000, split, days, n)
      select indicator, unit_id, period, part, age_band, first_2000, split, days, n from fresh_values`.execute(tx);
    await setAsOf(tx, asOf);
    const facts = await sql<{ n: number }>`select count(*)::int as n from monitoring_facts`.execute(tx);
    const values = await sql<{ n: number }>`select count(*)::int as n from monitoring_values`.execute(tx);
    return { facts: facts.rows[0]!.n, values: values.rows[0]!.n, millis: performance.now() - started, factMillis };
  });
}

/**
 * Recompute only the subjects the triggers marked: replace their facts whole and add the difference of their
 * contributions to the values. When a new month has begun since the last refresh, what lasts (and what was
 * dated ahead) reaches into new periods, so those subjects are taken along.
 */
export async function refreshDirty(db: Db, asOf: string) {
  const started = performance.now();
  return db.transaction().execute(async (tx) => {
    await lock(tx);
    const state = await tx.selectFrom('monitoring_state').select('as_of').executeTakeFirst();
    if (state && state.as_of.slice(0, 7) !== asOf.slice(0, 7)) {
      await sql`insert into monitoring_dirty (subject_kind, subject_id)
        select distinct subject_kind, subject_id from monitoring_facts
        where coalesce(ends_on, 'infinity'::date) >= date_trunc('month', ${state.as_of}::date)::date
        on conflict do nothing`.execute(tx);
    }
    const dirty = await sql<{ subject_kind: SubjectKind; subject_id: string }>`delete from monitoring_dirty returning subject_kind, subject_id`.execute(tx);
    if (dirty.rows.length === 0) {
      await setAsOf(tx, asOf);
      return { subjects: 0, millis: performance.now() - started };
    }
    const byKind = new Map<SubjectKind, string[]>();
    for (const row of dirty.rows) byKind.set(row.subject_kind, [...(byKind.get(row.subject_kind) ?? []), row.subject_id]);

    await sql`create temporary table old_facts on commit drop as select * from monitoring_facts limit 0`.execute(tx);
    await sql`create temporary table new_facts on commit drop as select * from monitoring_facts limit 0`.execute(tx);
    for (const [kind, ids] of byKind) {
      await sql`with gone as (delete from monitoring_facts where subject_kind = ${kind} and subject_id = any(${ids}::text[]) returning *)
        insert into old_facts select * from gone`.execute(tx);
      await sql`insert into new_facts ${factsOf(kind, ids)}`.execute(tx);
    }
    await sql`insert into monitoring_facts select * from new_facts`.execute(tx);
    await sql`create temporary table value_delta on commit drop as ${rollup(sql`
      select ${CELL}, sum(n) as n from (
        select ${CELL}, n from (${contributions(sql.raw('new_facts'), asOf)}) a
        union all
        select ${CELL}, -n from (${contributions(sql.raw('old_facts'), state?.as_of ?? asOf)}) b
      ) d group by ${CELL}`)}`.execute(tx);
    await sql`insert into monitoring_values as v (indicator, unit_id, period, part, age_band, first_2000, split, days, n)
      select indicator, unit_id, period, part, age_band, first_2000, split, days, n from value_delta where n <> 0
      on conflict (indicator, unit_id, period, part, age_band, first_2000, split, days) do update set n = v.n + excluded.n`.execute(tx);
    await sql`delete from monitoring_values v using value_delta d
      where v.n = 0 and (v.indicator, v.unit_id, v.period, v.part, v.age_band, v.first_2000, v.split, v.days)
        = (d.indicator, d.unit_id, d.period, d.part, d.age_band, d.first_2000, d.split, d.days)`.execute(tx);
    await setAsOf(tx, asOf);
    return { subjects: dirty.rows.length, millis: performance.now() - started };
  });
}
