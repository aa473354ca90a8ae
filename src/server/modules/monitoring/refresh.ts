import { type RawBuilder, sql } from 'kysely';
import type { Db, DbOrTx } from '../../db/database.js';
import { factsOf, SUBJECT_KINDS, type SubjectKind } from './facts.js';

/*
 * From facts to values. A cell is indicator × unit (the fact's area, or its school) × period × part × age band
 * × first-2000-days × split × days. A fact counts once per period it touches, except that a subject counted per
 * subject (children in care during a period) counts once per cell however many of its facts touch it. Every
 * subject has one area, so cells add up across subjects and areas: values for every area level are sums of the
 * level below, and a change is applied as a difference of two sets of cells.
 *
 * The work is kept proportional to the facts and the values, never to facts × periods:
 * - a fact of one day (most of them) is counted per month of its day; quarters and years are sums of months;
 * - what lasts becomes, per subject and period kind, disjoint ranges of period numbers (a range starts after
 *   what the subject's earlier facts already covered), cut where the age band changes (age counts at the end of
 *   the period); the ranges are counted as +1 at their first period and -1 after their last, and a running sum
 *   gives the count of every period;
 * - areas are rolled up one level at a time, each from the level below.
 */

// Both keys start with unit, period and indicator: a dashboard reads one indicator of a few units and periods,
// and an incremental refresh changes several indicators of the same units and periods at once (an episode counts
// toward care, referrals and waiting times). Written in key order, such rows sit on a few pages together, and
// the primary key is built from sorted rows. The text columns sort in byte order ("C"): locale-aware sorting is
// slow.
const COUNT_KEY = ['unit_id', 'period', 'indicator', 'part', 'age_band', 'first_2000', 'split'];
const VALUE_KEY = [...COUNT_KEY, 'days'];
const VALUE = sql.raw(VALUE_KEY.join(', '));
// A histogram's cell without its days (monitoring_counts).
const COUNT = sql.raw(COUNT_KEY.join(', '));
const LEVELS = ['neighbourhood', 'municipality', 'region', 'province', 'country'] as const;

/** Milliseconds per step of a refresh, for the benchmark. */
export type Steps = Record<string, number>;

async function timed<T>(steps: Steps, name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  steps[name] = (steps[name] ?? 0) + performance.now() - started;
  return result;
}

/** Where intermediate tables go: temporary ones for a few subjects, unlogged ones for a whole country. */
interface Scratch {
  table(name: string): RawBuilder<unknown>;
  /** Statistics for what was just written, so the next statement hashes where it should. */
  analyze(tx: DbOrTx, name: string): Promise<void>;
}

// A few subjects' rows: analysing them costs more than it saves.
const temporary: Scratch = { table: (name) => sql.raw(`create temporary table ${name} on commit drop as`), analyze: async () => {} };

/** Unlogged tables live in shared buffers (temporary ones only in temp_buffers, 8 MB); dropped before the commit. */
function unlogged() {
  const names: string[] = [];
  return {
    table: (name: string) => {
      names.push(name);
      return sql.raw(`create unlogged table ${name} as`);
    },
    analyze: async (tx: DbOrTx, name: string) => {
      await sql`analyze ${sql.raw(name)}`.execute(tx);
    },
    drop: async (tx: DbOrTx) => {
      for (const name of names) await sql`drop table ${sql.raw(name)}`.execute(tx);
    },
  };
}

type Unit = 'area_id' | 'school_id';

/**
 * What the cells of the facts in table `source` as of `asOf` are made of, per unit (the fact's own area, or its
 * school): one-day facts counted per month (table `${name}_days`) and, for what counts once per subject, disjoint
 * ranges of periods (`${name}_ranges`). A part is counted either per one-day fact or per subject (monitoring.test
 * checks this), so every cell comes from one path and appears once. The same statements serve a full
 * recomputation and the few subjects of an incremental one.
 */
async function stage(tx: DbOrTx, scratch: Scratch, source: string, asOf: string, unit: Unit, name: string, steps: Steps) {
  const from = sql.raw(source);
  const unitId = sql.raw(unit);
  // The work tables sort and group on their text columns: computed ones are given byte order ("C", as the facts
  // and values have), which sorts several times faster than the database's locale. Not the period kind: it is
  // joined with monitoring_periods, whose index has the database's collation.
  // One-day facts counted per fact: per month of their day, with their age on that day.
  await timed(steps, `one-day facts (${unit})`, () => sql`${scratch.table(`${name}_days`)}
    select indicator, part, ${unitId} as unit_id, monitoring_period_index('month', starts_on) as idx,
      monitoring_age_band(birth_on, starts_on) collate "C" as age_band, birth_on is not null and starts_on < birth_on + 2000 as first_2000,
      split, coalesce(days, -1) as days, count(*)::bigint as n
    from ${from}
    where not per_subject and ${unitId} is not null and starts_on <= ${asOf}::date and starts_on >= date '2000-01-01'
    group by 1, 2, 3, 4, 5, 6, 7, 8`.execute(tx));
  await scratch.analyze(tx, `${name}_days`);

  // What counts once per subject: disjoint ranges of periods per subject and period kind. Dates become month
  // numbers once per fact; a quarter's number is the month's divided by 3, a year's by 12.
  const month = (date: string) => sql.raw(`monitoring_period_index('month', ${date})`);
  await timed(steps, `ranges (${unit})`, () => sql`${scratch.table(`${name}_ranges`)}
    with s as (
      select subject_kind, subject_id, indicator, part, unit_id, split, days, birth_on, ${month('first_on')} as first_m, ${month('last_on')} as last_m,
        -- Where the age band or the first 2000 days end, in this order for everyone (4 years < 2000 days < 12 years).
        ${month('birth_on')} as born_m, ${month("(birth_on + interval '4 years')::date")} as y4_m, ${month('birth_on + 2000')} as d2000_m,
        ${month("(birth_on + interval '12 years')::date")} as y12_m, ${month("(birth_on + interval '18 years')::date")} as y18_m,
        ${month("(birth_on + interval '23 years')::date")} as y23_m
      from (
        select subject_kind, subject_id, indicator, part, ${unitId} as unit_id, split, coalesce(days, -1) as days, birth_on,
          greatest(starts_on, date '2000-01-01') as first_on, least(coalesce(ends_on, ${asOf}::date), ${asOf}::date) as last_on
        from ${from}
        where per_subject and ${unitId} is not null and starts_on <= least(coalesce(ends_on, ${asOf}::date), ${asOf}::date)
      ) f
    ),
    r as (
      -- A range starts after what the subject's earlier facts covered.
      select s.*, max(last_m) over w as covered_m
      from s
      window w as (partition by subject_kind, subject_id, indicator, part, unit_id, split, days, birth_on
        order by first_m rows between unbounded preceding and 1 preceding)
    ),
    pieces as (
      select r.*, k.kind, k.per, greatest(r.first_m / k.per, coalesce(r.covered_m / k.per + 1, 0)) as lo, r.last_m / k.per as hi
      from r cross join (values ('month', 1), ('quarter', 3), ('year', 12)) k (kind, per)
      where greatest(r.first_m / k.per, coalesce(r.covered_m / k.per + 1, 0)) <= r.last_m / k.per
    )
    -- Cut where the age band or the first 2000 days end: the period holding the birthday is the first one whose
    -- last day falls in the new band. The pieces are the stretches between consecutive boundaries that overlap.
    select p.indicator, p.part, p.unit_id, p.split, p.days, p.birth_on, p.kind, greatest(p.lo, c.a) as lo, least(p.hi, c.b) as hi
    from pieces p cross join lateral (values
      (p.lo, p.born_m / p.per - 1), (p.born_m / p.per, p.y4_m / p.per - 1), (p.y4_m / p.per, p.d2000_m / p.per - 1),
      (p.d2000_m / p.per, p.y12_m / p.per - 1), (p.y12_m / p.per, p.y18_m / p.per - 1), (p.y18_m / p.per, p.y23_m / p.per - 1), (p.y23_m / p.per, p.hi)
    ) c (a, b)
    where p.birth_on is not null and greatest(p.lo, c.a) <= least(p.hi, c.b)
    union all
    select indicator, part, unit_id, split, days, null, kind, lo, hi from pieces where birth_on is null`.execute(tx));
  await scratch.analyze(tx, `${name}_ranges`);
}

/**
 * The cells (columns indicator, part, unit_id, period, age_band, first_2000, split, days and n) of staged facts,
 * into table `into`. Each side counts with its sign: the cells of new facts minus those of old ones are the
 * cells' differences. Months, ranges and their edges are summed before periods are filled in, so the history that
 * old and new facts share cancels early: an episode that runs a month longer is one edge that moved, not years of
 * cells computed twice.
 */
async function cellsOf(tx: DbOrTx, scratch: Scratch, sides: Array<{ name: string; sign: 1 | -1 }>, unit: Unit, into: string, steps: Steps) {
  // Each side counts with its sign. One side is counted as it is; of two, what both have cancels here.
  const summed = (suffix: string, key: string, n: string) => (sides.length === 1
    ? sql`select ${sql.raw(key)}, ${sql.raw(n)} as n from ${sql.raw(`${sides[0]!.name}_${suffix}`)}`
    : sql`select ${sql.raw(key)}, sum(n) as n from (${sql.join(sides.map((side) => sql`
        select ${sql.raw(key)}, ${sql.raw(n)} * ${sql.lit(side.sign)} as n from ${sql.raw(`${side.name}_${suffix}`)}`), sql` union all `)}
      ) s group by ${sql.raw(key)} having sum(n) <> 0`);
  const months = summed('days', 'indicator, part, unit_id, age_band, first_2000, split, days, idx', 'n');
  const ranges = summed('ranges', 'indicator, part, unit_id, split, days, birth_on, kind, lo, hi', '1');
  await timed(steps, `cells (${unit})`, () => sql`${scratch.table(into)}
    with months as (${months}),
    edges as (
      select indicator, part, unit_id, split, days, age_band, first_2000, kind, idx, sum(n) as n from (
        select r.indicator, r.part, r.unit_id, r.split, r.days, r.kind, r.lo as idx, r.n,
          monitoring_age_band(r.birth_on, p.last_day) collate "C" as age_band, r.birth_on is not null and p.last_day < r.birth_on + 2000 as first_2000
        from (${ranges}) r join monitoring_periods p on p.kind = r.kind and p.idx = r.lo
        union all
        select r.indicator, r.part, r.unit_id, r.split, r.days, r.kind, r.hi + 1, -r.n,
          monitoring_age_band(r.birth_on, p.last_day) collate "C", r.birth_on is not null and p.last_day < r.birth_on + 2000
        from (${ranges}) r join monitoring_periods p on p.kind = r.kind and p.idx = r.lo
      ) e
      group by indicator, part, unit_id, split, days, age_band, first_2000, kind, idx
      -- An edge that cancels (one range ends where the next begins) would only split a run in two.
      having sum(n) <> 0
    ),
    runs as (
      select edges.*, sum(n) over w as level, lead(idx) over w as next_idx
      from edges
      window w as (partition by indicator, part, unit_id, split, days, age_band, first_2000, kind order by idx)
    )
    select m.indicator, m.part, m.unit_id, p.key collate "C" as period, m.age_band, m.first_2000, m.split, m.days, m.n
      from months m join monitoring_periods p on p.kind = 'month' and p.idx = m.idx
    union all
    select indicator, part, unit_id, p.key, age_band, first_2000, split, days, sum(n)
      from months m join monitoring_periods p on p.kind = 'quarter' and p.idx = m.idx / 3
      group by indicator, part, unit_id, p.key, age_band, first_2000, split, days having sum(n) <> 0
    union all
    select indicator, part, unit_id, p.key, age_band, first_2000, split, days, sum(n)
      from months m join monitoring_periods p on p.kind = 'year' and p.idx = m.idx / 12
      group by indicator, part, unit_id, p.key, age_band, first_2000, split, days having sum(n) <> 0
    union all
    select r.indicator, r.part, r.unit_id, p.key, r.age_band, r.first_2000, r.split, r.days, r.level
      -- One index range scan per run ('offset 0' keeps it one): as a join on a range the planner compared every
      -- run with every period; over generate_series it built a hash of the periods for every run, and with
      -- generate_series outside, its guess of 1,000 periods per run led to plans three times slower.
      from runs r cross join lateral (
        select p.key from monitoring_periods p where p.kind = r.kind and p.idx >= r.idx and p.idx < r.next_idx offset 0
      ) p
      where r.level <> 0`.execute(tx));
  await scratch.analyze(tx, into);
}

/**
 * The cells of every unit: the schools as they are, and each area level from the level below plus the cells of
 * areas at that level. Returns each level's cells (a table or a query), for `writeValues`.
 */
async function rollUp(tx: DbOrTx, scratch: Scratch, cells: { areas: string; schools: string }, steps: Steps): Promise<RawBuilder<unknown>[]> {
  const direct = (level: string) => sql`
    select c.indicator, c.unit_id, c.period, c.part, c.age_band, c.first_2000, c.split, c.days, c.n
    from ${sql.raw(cells.areas)} c join areas a on a.id = c.unit_id where a.kind = ${level}`;
  // The lowest level has nothing below it.
  let below: RawBuilder<unknown> = sql`(${direct('neighbourhood')})`;
  const levels = [sql.raw(cells.schools), below];
  for (const level of LEVELS.slice(1)) {
    const name = `${cells.areas}_${level}`;
    await timed(steps, `level ${level}`, () => sql`${scratch.table(name)}
      select indicator, unit_id, period, part, age_band, first_2000, split, days, sum(n) as n from (
        ${direct(level)}
        union all
        select b.indicator, a.parent_id, b.period, b.part, b.age_band, b.first_2000, b.split, b.days, b.n
        from ${below} b join areas a on a.id = b.unit_id where a.parent_id is not null
      ) u
      group by indicator, unit_id, period, part, age_band, first_2000, split, days`.execute(tx));
    await scratch.analyze(tx, name);
    below = sql.raw(name);
    levels.push(below);
  }
  return levels;
}

/**
 * The values of all levels as a new table, written by one statement (`create … as`: several times faster than
 * inserting the same rows) in key order, which is dashboard order; then the count of each histogram cell, from
 * those values. `keyed` runs in between: the full recomputation builds the primary key there, so the counts are
 * read in key order without another sort. The columns get the types and byte order of the tables they replace.
 */
async function writeValues(tx: DbOrTx, levels: RawBuilder<unknown>[], tables: { values: string; counts: string }, create: (name: string) => RawBuilder<unknown>, steps: Steps, keyed?: () => Promise<void>) {
  const all = sql.join(levels.map((level) => sql`select ${VALUE}, n from ${level} l`), sql` union all `);
  await timed(steps, 'write values', () => sql`${create(tables.values)}
    select indicator collate "C" as indicator, unit_id, period collate "C" as period, part collate "C" as part,
      age_band collate "C" as age_band, first_2000, split collate "C" as split, days, n::bigint as n
    from (${all}) v order by ${VALUE}`.execute(tx));
  await keyed?.();
  await timed(steps, 'write counts', () => sql`${create(tables.counts)}
    select indicator, unit_id, period, part, age_band, first_2000, split, sum(n)::bigint as n
    from ${sql.raw(tables.values)} where days >= 0 group by ${COUNT} order by ${COUNT}`.execute(tx));
}

/** Adds the differences in `delta` to `table` (keyed by `columns`), and removes what reaches zero. */
async function apply(tx: DbOrTx, table: string, delta: string, columns: string[]) {
  const key = sql.raw(columns.join(', '));
  const matches = sql.join(columns.map((c) => sql.raw(`v.${c} = d.${c}`)), sql` and `);
  // One lookup per row: a merge joins the differences to the table once, where an upsert first tries to insert
  // each row, then locks and updates the one it found.
  await sql`merge into ${sql.raw(table)} v
    using (select ${key}, sum(n) as n from ${sql.raw(delta)} group by ${key} having sum(n) <> 0 order by ${key}) d on ${matches}
    when matched and v.n + d.n = 0 then delete
    when matched then update set n = v.n + d.n
    when not matched then insert (${key}, n) values (${sql.join(columns.map((c) => sql.raw(`d.${c}`)))}, d.n)`.execute(tx);
}

/**
 * Replaces the changed subjects' facts (old_facts, with their row ids) by their new ones (new_facts), touching
 * only the rows that differ: most of a subject's facts are the same after an event, and every row deleted or
 * inserted costs its page and two index entries. Identical rows (nulls equal) are paired copy by copy, so a fact
 * that occurs twice (two goals of one plan) is kept or replaced as often as it occurs. The columns compared are
 * read from the table itself.
 */
async function storeFacts(tx: DbOrTx, asOf: string) {
  const { rows: columns } = await sql<{ name: string; nullable: boolean }>`
    select attname as name, not attnotnull as nullable from pg_attribute
    where attrelid = 'monitoring_facts'::regclass and attnum > 0 and not attisdropped order by attnum`.execute(tx);
  const all = sql.raw(columns.map((c) => c.name).join(', '));
  // Plain equality where a column cannot be null, so the pairs are found by hashing.
  const same = sql.join(columns.map((c) => sql.raw(c.nullable ? `o.${c.name} is not distinct from n.${c.name}` : `o.${c.name} = n.${c.name}`)), sql` and `);
  await sql`create temporary table kept_facts on commit drop as
    select o.row_id, n.new_id
    from (select row_id, ${all}, row_number() over (partition by ${all}) as copy from old_facts) o
    join (select ctid as new_id, ${all}, row_number() over (partition by ${all}) as copy from new_facts) n
      on ${same} and o.copy = n.copy`.execute(tx);
  await sql`delete from monitoring_facts where ctid = any(array(
    select row_id from old_facts except select row_id from kept_facts))`.execute(tx);
  await sql`insert into monitoring_facts
    select * from new_facts n where not exists (select from kept_facts k where k.new_id = n.ctid)`.execute(tx);
  await sql`delete from monitoring_ahead a using dirty_subjects d where a.subject_kind = d.subject_kind and a.subject_id = d.subject_id`.execute(tx);
  await sql`insert into monitoring_ahead (subject_kind, subject_id, due_on)
    select subject_kind, subject_id, min(starts_on) from new_facts where starts_on > ${asOf}::date group by 1, 2`.execute(tx);
}

async function lock(tx: DbOrTx) {
  // One refresh at a time: values are updated by difference.
  await sql`select pg_advisory_xact_lock(hashtext('monitoring-refresh'))`.execute(tx);
}

/** The day the figures are computed for; a new version when they changed (servers keep answers per version). */
async function setAsOf(tx: DbOrTx, asOf: string, changed = true) {
  await sql`insert into monitoring_state (id, as_of, refreshed_at) values (true, ${asOf}, now())
    on conflict (id) do update set as_of = excluded.as_of, refreshed_at = excluded.refreshed_at,
      version = case when ${changed} or monitoring_state.as_of <> excluded.as_of then gen_random_uuid() else monitoring_state.version end`.execute(tx);
}

/**
 * Recompute every fact and value from the source tables. Both are built in fresh tables, indexed once they are
 * full (one sorted build instead of millions of index inserts) and swapped in by name: readers see the old
 * figures until the commit.
 */
export async function refreshAll(db: Db, asOf: string) {
  const started = performance.now();
  const steps: Steps = {};
  const scratch = unlogged();
  return db.transaction().execute(async (tx) => {
    await lock(tx);
    await sql`set local jit = off`.execute(tx);
    await sql`set local work_mem = '1GB'`.execute(tx);
    await sql`set local maintenance_work_mem = '1GB'`.execute(tx);
    await sql`delete from monitoring_dirty`.execute(tx);
    await sql`create unlogged table monitoring_facts_next (like monitoring_facts including defaults including constraints)`.execute(tx);
    for (const kind of SUBJECT_KINDS) await timed(steps, `facts ${kind}`, () => sql`insert into monitoring_facts_next ${factsOf(kind, null)}`.execute(tx));
    await sql`analyze monitoring_facts_next`.execute(tx);
    await sql`delete from monitoring_ahead`.execute(tx);
    await timed(steps, 'dated ahead', () => sql`insert into monitoring_ahead (subject_kind, subject_id, due_on)
      select subject_kind, subject_id, min(starts_on) from monitoring_facts_next where starts_on > ${asOf}::date group by 1, 2`.execute(tx));
    const factMillis = performance.now() - started;

    const work: Record<Unit, string> = { area_id: 'monitoring_work_areas', school_id: 'monitoring_work_schools' };
    for (const unit of ['area_id', 'school_id'] as const) {
      await stage(tx, scratch, 'monitoring_facts_next', asOf, unit, work[unit], steps);
      await cellsOf(tx, scratch, [{ name: work[unit], sign: 1 }], unit, work[unit], steps);
    }
    const levels = await rollUp(tx, scratch, { areas: 'monitoring_work_areas', schools: 'monitoring_work_schools' }, steps);
    // Room on every page for the incremental refresh's updates (see migration 0010).
    const create = (name: string) => sql.raw(`create unlogged table ${name} with (fillfactor = 85) as`);
    await writeValues(tx, levels, { values: 'monitoring_values_next', counts: 'monitoring_counts_next' }, create, steps, async () => {
      await timed(steps, 'values key', () => sql`alter table monitoring_values_next alter column n set not null, add primary key (${VALUE})`.execute(tx));
      await timed(steps, 'statistics', () => sql`analyze monitoring_values_next`.execute(tx));
    });
    await scratch.drop(tx);

    await sql`drop table monitoring_facts`.execute(tx);
    await sql`alter table monitoring_facts_next rename to monitoring_facts`.execute(tx);
    await sql`create index monitoring_facts_subject on monitoring_facts (subject_kind, subject_id)`.execute(tx);
    await sql`create index monitoring_facts_open on monitoring_facts (subject_kind, subject_id) where ends_on is null`.execute(tx);
    await sql`drop table monitoring_values`.execute(tx);
    await sql`alter table monitoring_values_next rename to monitoring_values`.execute(tx);
    await sql`alter index monitoring_values_next_pkey rename to monitoring_values_pkey`.execute(tx);
    await sql`drop table monitoring_counts`.execute(tx);
    await sql`alter table monitoring_counts_next rename to monitoring_counts`.execute(tx);
    await timed(steps, 'counts key', () => sql`alter table monitoring_counts alter column n set not null, add primary key (${COUNT})`.execute(tx));
    // Dashboards plan their reads of the fresh tables from these statistics.
    await timed(steps, 'statistics', () => sql`analyze monitoring_counts`.execute(tx));
    await setAsOf(tx, asOf);
    const facts = await sql<{ n: number }>`select count(*)::int as n from monitoring_facts`.execute(tx);
    const values = await sql<{ n: number }>`select count(*)::int as n from monitoring_values`.execute(tx);
    return { facts: facts.rows[0]!.n, values: values.rows[0]!.n, millis: performance.now() - started, factMillis, steps };
  });
}

/**
 * Recompute only the subjects the triggers marked: replace their facts whole and add the difference of their
 * cells to the values. Subjects with a fact dated ahead are taken along on its day; when a new month has begun
 * since the last refresh, what lasts reaches into new periods, so those subjects are taken along too.
 */
export async function refreshDirty(db: Db, asOf: string) {
  const started = performance.now();
  const steps: Steps = {};
  return db.transaction().execute(async (tx) => {
    await lock(tx);
    const state = await tx.selectFrom('monitoring_state').select('as_of').executeTakeFirst();
    if (state && state.as_of.slice(0, 7) !== asOf.slice(0, 7)) {
      await sql`insert into monitoring_dirty (subject_kind, subject_id)
        select distinct subject_kind, subject_id from monitoring_facts
        where coalesce(ends_on, 'infinity'::date) >= date_trunc('month', ${state.as_of}::date)::date
        on conflict do nothing`.execute(tx);
    } else if (state && state.as_of < asOf) {
      await sql`insert into monitoring_dirty (subject_kind, subject_id)
        select subject_kind, subject_id from monitoring_ahead where due_on <= ${asOf}::date
        on conflict do nothing`.execute(tx);
    }
    const dirty = await timed(steps, 'dirty', async () => {
      await sql`create temporary table dirty_subjects on commit drop as
        with taken as (delete from monitoring_dirty returning subject_kind, subject_id) select * from taken`.execute(tx);
      return sql<{ subject_kind: SubjectKind; subject_id: string }>`select subject_kind, subject_id from dirty_subjects`.execute(tx);
    });
    if (dirty.rows.length === 0) {
      await setAsOf(tx, asOf, false);
      return { subjects: 0, values: 0, millis: performance.now() - started, steps };
    }
    const byKind = new Map<SubjectKind, string[]>();
    for (const row of dirty.rows) byKind.set(row.subject_kind, [...(byKind.get(row.subject_kind) ?? []), row.subject_id]);

    await timed(steps, 'old facts', () => sql`create temporary table old_facts on commit drop as
      select f.ctid as row_id, f.* from monitoring_facts f join dirty_subjects d using (subject_kind, subject_id)`.execute(tx));
    await sql`create temporary table new_facts on commit drop as select * from monitoring_facts limit 0`.execute(tx);
    await timed(steps, 'new facts', () => sql`insert into new_facts
      ${sql.join([...byKind].map(([kind, ids]) => sql`(${factsOf(kind, ids)})`), sql` union all `)}`.execute(tx));
    await timed(steps, 'store facts', () => storeFacts(tx, asOf));
    const delta: Record<Unit, string> = { area_id: 'delta_areas', school_id: 'delta_schools' };
    for (const unit of ['area_id', 'school_id'] as const) {
      await stage(tx, temporary, 'new_facts', asOf, unit, `new_${unit}`, steps);
      await stage(tx, temporary, 'old_facts', state?.as_of ?? asOf, unit, `old_${unit}`, steps);
      await cellsOf(tx, temporary, [{ name: `new_${unit}`, sign: 1 }, { name: `old_${unit}`, sign: -1 }], unit, delta[unit], steps);
    }
    const levels = await rollUp(tx, temporary, { areas: delta.area_id, schools: delta.school_id }, steps);
    await writeValues(tx, levels, { values: 'value_delta', counts: 'count_delta' }, temporary.table, steps);
    await timed(steps, 'apply', () => apply(tx, 'monitoring_values', 'value_delta', VALUE_KEY));
    await timed(steps, 'apply counts', () => apply(tx, 'monitoring_counts', 'count_delta', COUNT_KEY));
    // Each level's cells are summed per key, and levels do not share units: a row of the delta is a value.
    const changed = await sql<{ n: number }>`select count(*)::int as n from value_delta where n <> 0`.execute(tx);
    await setAsOf(tx, asOf);
    return { subjects: dirty.rows.length, values: changed.rows[0]!.n, millis: performance.now() - started, steps };
  });
}

/**
 * What the scheduled job runs: everything when there are no figures yet (a new installation, or after a crash
 * emptied the unlogged tables and their state), otherwise only what changed.
 */
export async function refreshMonitoring(db: Db, asOf: string) {
  const state = await db.selectFrom('monitoring_state').select('as_of').executeTakeFirst();
  if (!state) return { full: true, ...(await refreshAll(db, asOf)) };
  return { full: false, ...(await refreshDirty(db, asOf)) };
}
