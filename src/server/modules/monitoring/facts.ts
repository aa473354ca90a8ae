import { type RawBuilder, sql } from 'kysely';

/*
 * What each subject contributes to the indicators, as rows of monitoring_facts. One query per subject kind;
 * `ids` limits it to the subjects that changed (null: all of them). Every select yields the columns of
 * monitoring_facts in table order.
 */

export const SUBJECT_KINDS = ['child', 'request', 'family', 'school', 'bsn', 'professional'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

// Compared in the column's own type, so the column's index is used (a cast of the column would scan the table).
const only = (column: RawBuilder<unknown>, ids: string[] | null, type: 'uuid' | 'text' = 'uuid') =>
  (ids ? sql`${column} = any(${ids}::${sql.raw(type)}[])` : sql`true`);

// Days are Dutch days, as everywhere in Dichtbij.
const day = (column: RawBuilder<unknown>) => sql`(${column} at time zone 'Europe/Amsterdam')::date`;

function childFacts(ids: string[] | null) {
  return sql`
    with c as (
      select id, coalesce(neighbourhood_id, municipality_id) as area_id, coalesce(birth_date, expected_birth_date) as birth_on
      from children where ${only(sql.ref('id'), ids)}
    ),
    e as (select e.*, c.area_id, c.birth_on from episodes e join c on c.id = e.child_id)
    -- SPEC-USE: children in specialist care (level 3) during a period, counted once each; inflow and outflow.
    select 'child', child_id::text, 'SPEC-USE', 'num', true, area_id, null::uuid, started_on, ended_on, birth_on, '', null::int
      from e where level = 3 and started_on is not null
    union all
    select 'child', child_id::text, 'SPEC-USE', 'inflow', false, area_id, null, started_on, started_on, birth_on, '', null
      from e where level = 3 and started_on is not null
    union all
    select 'child', child_id::text, 'SPEC-USE', 'outflow', false, area_id, null, ended_on, ended_on, birth_on, '', null
      from e where level = 3 and ended_on is not null
    union all
    -- SPEC-DUR: length of ended specialist episodes in whole days; residential forms of help (11-14) as intensity.
    select 'child', child_id::text, 'SPEC-DUR', 'days', false, area_id, null, ended_on, ended_on, birth_on, '', ended_on - started_on
      from e where level = 3 and started_on is not null and ended_on is not null
    union all
    select 'child', child_id::text, 'SPEC-DUR', 'residential', false, area_id, null, ended_on, ended_on, birth_on, '', null
      from e where level = 3 and started_on is not null and ended_on is not null and form_of_help in ('11', '12', '13', '14')
    union all
    -- REF-2ND: referrals to second-line care (level 2 and 3) on the day requested, by referrer.
    select 'child', child_id::text, 'REF-2ND', 'num', false, area_id, null, requested_on, requested_on, birth_on, coalesce(referrer, 'onbekend'), null
      from e where level >= 2 and status <> 'rejected'
    union all
    -- WAIT-START: days from the decision to the start of support, by level.
    select 'child', child_id::text, 'WAIT-START', 'days', false, area_id, null, started_on, started_on, birth_on, level::text, started_on - decided_on
      from e where decided_on is not null and started_on is not null and started_on >= decided_on
    union all
    -- STEP-DOWN: days from the start of specialist care to the step down.
    select 'child', l.child_id::text, 'STEP-DOWN', 'days', false, e.area_id, null, l.effective_on, l.effective_on, e.birth_on, '', l.effective_on - e.started_on
      from level_changes l join e on e.id = l.episode_id
      where l.direction = 'down' and l.from_level = 3 and l.effective_on is not null and e.started_on is not null
        and l.decision in ('not-needed', 'approved')
  `;
}

function requestFacts(ids: string[] | null) {
  return sql`
    with r as (
      select r.*, ${day(sql.ref('r.received_at'))} as received_on, ${day(sql.ref('r.first_contact_at'))} as contact_on,
        ${day(sql.ref('r.decided_at'))} as decided_on,
        coalesce(c.neighbourhood_id, c.municipality_id, o.area_id) as area_id, coalesce(c.birth_date, c.expected_birth_date) as birth_on,
        coalesce(t.school_id, c.school_id) as school_id
      from requests r
      left join children c on c.id = r.child_id
      left join organisations o on o.id = r.created_organisation_id
      left join support_teams t on t.id = r.team_id
      where ${only(sql.ref('r.id'), ids)}
    )
    -- WAIT-FIRST: days from receiving a request to the first contact.
    select 'request', id::text, 'WAIT-FIRST', 'days', false, area_id, null::uuid, contact_on, contact_on, birth_on, '', contact_on - received_on
      from r where area_id is not null and contact_on is not null
    union all
    -- BASIS-SOLVED: closed requests, and those that ended in advice or light support in the basis.
    select 'request', id::text, 'BASIS-SOLVED', 'den', false, area_id, null, decided_on, decided_on, birth_on, '', null
      from r where area_id is not null and outcome is not null and decided_on is not null
    union all
    select 'request', id::text, 'BASIS-SOLVED', 'num', false, area_id, null, decided_on, decided_on, birth_on, '', null
      from r where area_id is not null and outcome in ('advice', 'light-support') and decided_on is not null
    union all
    -- REF-SO: referrals to special education, counted toward the school.
    select 'request', r.id::text, 'REF-SO', 'num', false, coalesce(s.area_id, r.area_id), r.school_id, r.decided_on, r.decided_on, r.birth_on, '', null
      from r left join organisations s on s.id = r.school_id
      where r.outcome = 'special-education' and r.decided_on is not null and coalesce(s.area_id, r.area_id) is not null
  `;
}

function familyFacts(ids: string[] | null) {
  return sql`
    with f as (
      -- A family counts toward where its eldest child lives.
      select distinct on (family_id) family_id, coalesce(neighbourhood_id, municipality_id) as area_id
      from children where family_id is not null and ${only(sql.ref('family_id'), ids)}
      order by family_id, birth_date nulls last, id
    ),
    e as (
      select f.family_id, f.area_id, e.plan_id, e.level, e.started_on, e.ended_on
      from f join plans p on p.family_id = f.family_id join episodes e on e.plan_id = p.id
      where e.started_on is not null
    ),
    concurrent as (
      -- The days on which three or more of the family's episodes ran at once: a running count of starts and ends.
      select family_id, area_id, on_day as starts_on, next_day - 1 as ends_on
      from (
        select family_id, area_id, on_day, sum(change) over w as running, lead(on_day) over w as next_day
        from (
          select family_id, area_id, on_day, sum(change) as change from (
            select family_id, area_id, started_on as on_day, 1 as change from e
            union all
            select family_id, area_id, ended_on + 1, -1 from e where ended_on is not null
          ) c group by family_id, area_id, on_day
        ) d
        window w as (partition by family_id order by on_day)
      ) r
      where running >= 3
    )
    -- COMPLEX and ONE-PLAN: families with support during a period; complex with specialist care or three or
    -- more episodes at once.
    select 'family', family_id::text, 'COMPLEX', 'den', true, area_id, null::uuid, started_on, ended_on, null::date, '', null::int from e
    union all
    select 'family', family_id::text, 'COMPLEX', 'num', true, area_id, null, started_on, ended_on, null, '', null from e where level = 3
    union all
    select 'family', family_id::text, 'COMPLEX', 'num', true, area_id, null, starts_on, ends_on, null, '', null from concurrent
    union all
    select 'family', family_id::text, 'ONE-PLAN', 'den', true, area_id, null, started_on, ended_on, null, '', null from e
    union all
    -- The days of support on which the family's plan had its one coordinator.
    select 'family', e.family_id::text, 'ONE-PLAN', 'num', true, e.area_id, null,
        greatest(e.started_on, ${day(sql.ref('k.started_at'))}),
        case when e.ended_on is null and k.ended_at is null then null
             else least(coalesce(e.ended_on, 'infinity'::date), coalesce(${day(sql.ref('k.ended_at'))}, 'infinity'::date)) end,
        null, '', null
      from e join coordinators k on k.plan_id = e.plan_id
      where ${day(sql.ref('k.started_at'))} <= coalesce(e.ended_on, 'infinity'::date)
        and coalesce(${day(sql.ref('k.ended_at'))}, 'infinity'::date) >= e.started_on
    union all
    -- GOALS-MET: goals of plans closed in the period, and those met.
    select 'family', f.family_id::text, 'GOALS-MET', 'den', false, f.area_id, null, ${day(sql.ref('p.closed_at'))}, ${day(sql.ref('p.closed_at'))}, null, '', null
      from f join plans p on p.family_id = f.family_id join goals g on g.plan_id = p.id
      where p.closed_at is not null and g.status <> 'cancelled'
    union all
    select 'family', f.family_id::text, 'GOALS-MET', 'num', false, f.area_id, null, ${day(sql.ref('p.closed_at'))}, ${day(sql.ref('p.closed_at'))}, null, '', null
      from f join plans p on p.family_id = f.family_id join goals g on g.plan_id = p.id
      where p.closed_at is not null and g.status = 'met'
  `;
}

function schoolFacts(ids: string[] | null) {
  return sql`
    with a as (
      select a.*, o.area_id from literacy_assessments a join organisations o on o.id = a.school_id
      where ${only(sql.ref('a.school_id'), ids)}
    ),
    start as (
      -- A pupil's first group-3 assessment is their start level.
      select distinct on (school_id, pupil_pseudonym) school_id, pupil_pseudonym, sufficient
      from a where school_group = 3 order by school_id, pupil_pseudonym, assessed_on
    )
    -- LIT-START: pupils assessed at the start of group 3, and those at a sufficient level.
    select 'school', school_id::text, 'LIT-START', 'den', false, area_id, school_id, assessed_on, assessed_on, null::date, '', null::int
      from a where school_group = 3
    union all
    select 'school', school_id::text, 'LIT-START', 'num', false, area_id, school_id, assessed_on, assessed_on, null, '', null
      from a where school_group = 3 and sufficient
    union all
    -- LIT-KEPT: later assessments of pupils who started at a sufficient level, and those still sufficient.
    select 'school', a.school_id::text, 'LIT-KEPT', 'den', false, a.area_id, a.school_id, a.assessed_on, a.assessed_on, null, '', null
      from a join start s using (school_id, pupil_pseudonym) where a.school_group > 3 and s.sufficient
    union all
    select 'school', a.school_id::text, 'LIT-KEPT', 'num', false, a.area_id, a.school_id, a.assessed_on, a.assessed_on, null, '', null
      from a join start s using (school_id, pupil_pseudonym) where a.school_group > 3 and s.sufficient and a.sufficient
  `;
}

function bsnFacts(ids: string[] | null) {
  return sql`
    with m as (
      select m.id, s.bsn_hash, ${day(sql.ref('m.created_at'))} as matched_on,
        coalesce(c.neighbourhood_id, c.municipality_id, o.area_id) as area_id, coalesce(c.birth_date, c.expected_birth_date) as birth_on,
        c.family_id
      from signal_matches m join signals s on s.id = m.signal_id
      join organisations o on o.id = s.organisation_id
      left join children c on c.bsn_hash = s.bsn_hash
      where ${only(sql.ref('s.bsn_hash'), ids, 'text')}
    )
    -- SIGNAL-MATCH: matches, and days from the match to a family plan open on or after it.
    select 'bsn', bsn_hash, 'SIGNAL-MATCH', 'num', false, area_id, null::uuid, matched_on, matched_on, birth_on, '', null::int from m
    union all
    select 'bsn', m.bsn_hash, 'SIGNAL-MATCH', 'days', false, m.area_id, null, m.matched_on, m.matched_on, m.birth_on, '',
        (select greatest(0, min(${day(sql.ref('p.opened_at'))}) - m.matched_on) from plans p
          where p.family_id = m.family_id and coalesce(${day(sql.ref('p.closed_at'))}, 'infinity'::date) >= m.matched_on)
      from m where m.family_id is not null and exists (
        select 1 from plans p where p.family_id = m.family_id and coalesce(${day(sql.ref('p.closed_at'))}, 'infinity'::date) >= m.matched_on)
  `;
}

function professionalFacts(ids: string[] | null) {
  return sql`
    with u as (
      select distinct on (m.user_id) m.user_id, o.area_id from memberships m join organisations o on o.id = m.organisation_id
      where ${only(sql.ref('m.user_id'), ids)} order by m.user_id, m.created_at, o.id
    ),
    activity as (
      select author_id as user_id, ${day(sql.ref('created_at'))} as on_day from group_posts
      union all select author_id, ${day(sql.ref('created_at'))} from post_replies
    )
    -- NETWORK: professionals who posted or replied in the period (each once), and training modules completed.
    select 'professional', u.user_id::text, 'NETWORK', 'num', true, u.area_id, null::uuid, a.on_day, a.on_day, null::date, '', null::int
      from u join activity a on a.user_id = u.user_id
    union all
    select 'professional', u.user_id::text, 'NETWORK', 'completions', false, u.area_id, null, c.completed_on, c.completed_on, null, '', null
      from u join module_completions c on c.user_id = u.user_id
  `;
}

const builders: Record<SubjectKind, (ids: string[] | null) => RawBuilder<unknown>> = {
  child: childFacts,
  request: requestFacts,
  family: familyFacts,
  school: schoolFacts,
  bsn: bsnFacts,
  professional: professionalFacts,
};

/** The facts of one kind of subject: all of them, or only those listed. */
export const factsOf = (kind: SubjectKind, ids: string[] | null) => builders[kind](ids);
