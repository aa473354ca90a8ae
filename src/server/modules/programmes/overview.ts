import { type RequestContext, requireActor } from '../../platform/context.js';
import { dayOf } from '../../platform/dates.js';
import { notFound } from '../../platform/problems.js';
import { groupFiguresForProgramme } from '../learning/service.js';
import { trainingFiguresForProgramme } from '../training/service.js';
import * as repo from './repo.js';
import { leadOrganisationIds, reportsDue, summariesOf, toProjectSummary, toReport } from './service.js';

/*
 * Read models for two screens: the printable programme overview (all projects with status and figures at a
 * glance) and the programme lead's home (their programmes, open questionnaires, reports due).
 *
 * Indicators and result agreements: a programme and each project carry `indicatorCodes` (DOMAIN.md section 5).
 * Their figures come from the monitoring module in a later issue; until then each indicator is listed with
 * `latest: null` and `resultAgreements` is an empty list, so the web app can show them as links already.
 */

const indicatorHooks = (codes: string[]) => codes.map((code) => ({ code, latest: null }));

function countBy<T extends string>(rows: { key: T; n: number }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.key] = (counts[row.key] ?? 0) + Number(row.n);
  return counts;
}

export async function programmeOverview(ctx: RequestContext, id: string) {
  const [found] = await summariesOf(ctx, [id]);
  if (!found) throw notFound();
  const { row, summary } = found;
  const projects = await repo.projectsOf(ctx.db, id);
  const [participants, partners, goalCounts, latestProjectReports, programmeReports, questionnaires, trainings, groups] = await Promise.all([
    repo.participantsOf(ctx.db, id),
    repo.partnersOfProjects(ctx.db, projects.map((p) => p.id)),
    repo.goalCountsByProject(ctx.db, id),
    repo.latestProjectReports(ctx.db, id),
    repo.listReports(ctx.db, { programmeId: id, level: 'programme' }, { limit: 1, offset: 0 }),
    repo.questionnaireFigures(ctx.db, id),
    trainingFiguresForProgramme(ctx.db, id),
    groupFiguresForProgramme(ctx.db, id),
  ]);
  const today = dayOf(ctx.now());
  const due = await reportsDue(ctx.db, [row], today);
  const goalsOf = (projectId: string) => countBy(goalCounts.filter((g) => g.project_id === projectId).map((g) => ({ key: g.status, n: g.n })));
  return {
    generatedAt: ctx.now().toISOString(),
    programme: {
      ...summary,
      reportEveryMonths: row.report_every_months,
      organisations: participants.map((p) => ({ id: p.id, name: p.name, kind: p.kind, role: p.role })),
    },
    indicators: indicatorHooks(row.indicator_codes),
    resultAgreements: [],
    figures: {
      projects: { total: projects.length, byStatus: countBy(projects.map((p) => ({ key: p.status, n: 1 }))) },
      goals: {
        total: goalCounts.reduce((n, g) => n + Number(g.n), 0),
        byStatus: countBy(goalCounts.map((g) => ({ key: g.status, n: g.n }))),
      },
      schools: participants.filter((p) => p.role === 'school').length,
      questionnaires,
      trainings,
      groups,
    },
    projects: projects.map((p) => {
      const goals = goalsOf(p.id);
      const last = latestProjectReports.find((r) => r.project_id === p.id);
      return {
        ...toProjectSummary(p),
        goals: {
          total: Object.values(goals).reduce((n, v) => n + v, 0),
          achieved: goals.achieved ?? 0,
          inProgress: goals['in-progress'] ?? 0,
          open: goals.open ?? 0,
        },
        partners: partners.filter((pp) => pp.project_id === p.id).map((pp) => ({ id: pp.id, name: pp.name })),
        lastReport: last ? { id: last.id, periodStart: last.period_start, periodEnd: last.period_end, done: last.done, nextSteps: last.next_steps } : null,
        indicators: indicatorHooks(p.indicator_codes),
      };
    }),
    latestProgrammeReport: programmeReports.rows[0] ? toReport(programmeReports.rows[0]) : null,
    reportsDue: due.map(({ projectOrganisationId: _, ...item }) => item),
  };
}

/**
 * The home page of a programme lead (and of school staff in a programme): the programmes they lead or take part
 * in, questionnaires still open (to follow up, or to answer), and progress reports due for the last period.
 */
export async function myProgrammes(ctx: RequestContext) {
  const actor = requireActor(ctx);
  const leads = leadOrganisationIds(actor);
  const memberships = await repo.programmesOfOrganisations(ctx.db, [...new Set([...leads, ...actor.organisationIds])]);
  const programmeIds = [...new Set(memberships.map((m) => m.programme_id))];
  const programmes = await summariesOf(ctx, programmeIds);
  const isLead = (p: { row: { lead_organisation_id: string } }) => leads.includes(p.row.lead_organisation_id);
  const led = programmes.filter(isLead);
  const contributes = actor.permissions.includes('programmes:contribute');
  const today = dayOf(ctx.now());

  const [questionnaireLists, toAnswer, due] = await Promise.all([
    Promise.all(led.map((p) => repo.questionnairesOfProgramme(ctx.db, p.row.id))),
    contributes ? questionnairesToAnswer(ctx, actor.organisationIds, today) : Promise.resolve([]),
    reportsDue(ctx.db, programmes.map((p) => p.row), today),
  ]);
  const ledIds = new Set(led.map((p) => p.row.id));
  return {
    programmes: programmes.map(({ row, summary }) => ({
      id: row.id,
      name: row.name,
      status: row.status,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      leadOrganisation: summary.leadOrganisation,
      myRole: ledIds.has(row.id) ? ('lead' as const) : ('participant' as const),
      projectCount: summary.projectCount,
    })),
    openQuestionnaires: questionnaireLists
      .flatMap((list, i) => list.filter((q) => q.status === 'sent').map((q) => ({ q, programme: led[i]!.row })))
      .map(({ q, programme }) => ({
        id: q.id,
        title: q.title,
        programme: { id: programme.id, name: programme.name },
        sentAt: q.sent_at!.toISOString(),
        closesOn: q.closes_on,
        recipients: Number(q.recipient_count ?? 0),
        submitted: Number(q.submitted_count ?? 0),
      })),
    questionnairesToAnswer: toAnswer,
    reportsDue: due
      .filter((d) => ledIds.has(d.programme.id) || (contributes && d.projectOrganisationId !== null && actor.organisationIds.includes(d.projectOrganisationId)))
      .map(({ projectOrganisationId: _, ...item }) => item),
  };
}

async function questionnairesToAnswer(ctx: RequestContext, organisationIds: string[], today: string) {
  if (organisationIds.length === 0) return [];
  const rows = await repo.questionnairesForOrganisations(ctx.db, organisationIds, today);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    programme: { id: r.programme_id, name: r.programme_name },
    closesOn: r.closes_on,
    organisation: { id: r.organisation_id, name: r.organisation_name },
    responseStatus: r.response_status ?? ('none' as const),
  }));
}
