import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { findUserWithAccess } from '../modules/accounts/repo.js';
import { recordConsent } from '../modules/consents/service.js';
import { createFamily, registerChild } from '../modules/families/service.js';
import {
  addEpisode,
  addGoal,
  addTeamMember,
  changeLevel,
  closePlan,
  createPlan,
  decideAccessRequest,
  evaluateGoal,
  requestHandover,
  resolveHandover,
  updateEpisode,
  updateGoal,
} from '../modules/plans/service.js';
import { type Actor, type RequestContext, type RoleGrant, buildActor, createContext } from '../platform/context.js';
import { addDays, dayOf } from '../platform/dates.js';
import { DEMO_FAMILIES, type FamilyStory, type Step } from './demo-families-data.js';

const EMAIL_DOMAIN = '@dichtbij.example';

/** What one family's story has created so far, by the keys its steps use. */
interface StoryState {
  children: Map<string, string>;
  familyId?: string;
  planId?: string;
  goals: Map<string, string>;
  episodes: Map<string, string>;
  handoverId?: string;
}

/**
 * Plays the demo families' stories through the domain services, so every involvement, consent, audit entry
 * and timeline event is the real thing. The steps of all families run in one chronological order, each with a
 * context of its own whose clock stands at that step's moment (days before now, never later than yesterday),
 * so audit trail and timelines read as they would have been written. Writes nothing when any family exists.
 * Not one transaction: the services each commit their own; a failure halfway leaves the families written so
 * far, and a rerun then writes nothing.
 */
export async function seedDemoFamilies(db: Db, config: Config, now: Date = new Date()): Promise<{ families: number }> {
  const existing = await db.selectFrom('families').select('id').limit(1).executeTakeFirst();
  if (existing) return { families: 0 };

  const today = dayOf(now);
  const actors = await loadActors(db, DEMO_FAMILIES);
  const organisations = new Map((await db.selectFrom('organisations').select(['id', 'name']).execute()).map((o) => [o.name, o.id]));
  const organisationId = (name: string) => required(organisations.get(name), `organisatie '${name}'`);
  const actor = (who: string) => required(actors.get(who), `professional '${who}'`);
  const daysAgo = (days: number) => addDays(today, -days);

  const planned = DEMO_FAMILIES.flatMap((story, family) => {
    story.steps.forEach((step, i) => {
      if (step.at < 1) throw new Error(`${story.name}: step ${i} must lie before today`);
      if (i > 0 && step.at > story.steps[i - 1]!.at) throw new Error(`${story.name}: step ${i} goes back in time`);
    });
    const state: StoryState = { children: new Map(), goals: new Map(), episodes: new Map() };
    return story.steps.map((step, index) => ({ step, story, state, family, index }));
  });
  // Oldest first; within one day, in the order the stories list them. Each step one minute after the previous
  // one that day, from 08:00 UTC: always the same Dutch day, and before now since the last day is yesterday.
  planned.sort((a, b) => b.step.at - a.step.at || a.family - b.family || a.index - b.index);
  const perDay = new Map<number, number>();

  for (const [n, { step, story, state }] of planned.entries()) {
    const minute = perDay.get(step.at) ?? 0;
    perDay.set(step.at, minute + 1);
    const moment = new Date(Date.parse(`${daysAgo(step.at)}T08:00:00Z`) + minute * 60_000);
    const ctx = createContext({ db, config, clock: () => moment }, { id: `demo-families-${n + 1}`, ip: '127.0.0.1' }, 'nl', actor(step.by));
    try {
      await play(ctx, step, state, { daysAgo, organisationId, actor, today });
    } catch (error) {
      throw new Error(`Demogezin ${story.name}, stap '${step.do}' (${step.at} dagen geleden) mislukt: ${(error as Error).message}`, { cause: error });
    }
  }
  return { families: DEMO_FAMILIES.length };
}

interface Lookups {
  today: string;
  daysAgo(days: number): string;
  organisationId(name: string): string;
  actor(who: string): Actor;
}

async function play(ctx: RequestContext, step: Step, s: StoryState, l: Lookups): Promise<void> {
  const key = <T>(map: Map<string, T>, name: string, what: string) => required(map.get(name), `${what} '${name}'`);
  const plan = () => required(s.planId, 'plan');
  const day = l.daysAgo(step.at);
  switch (step.do) {
    case 'register': {
      const c = step.child;
      const birthDate = c.age ? addDays(yearsBefore(l.today, c.age[0]), -c.age[1]) : null;
      const expectedBirthDate = c.expectedInDays === undefined ? null : addDays(l.today, c.expectedInDays);
      const { id } = await registerChild(ctx, {
        bsn: c.bsn ?? null,
        givenName: c.givenName,
        familyName: c.familyName,
        birthDate,
        expectedBirthDate,
        municipalityCode: c.municipalityCode,
        neighbourhoodCode: c.neighbourhoodCode ?? null,
        schoolId: c.school ? l.organisationId(c.school) : null,
      });
      s.children.set(c.key, id);
      return;
    }
    case 'family':
      s.familyId = (await createFamily(ctx, { childIds: [...s.children.values()], guardians: step.guardians })).id;
      return;
    case 'consent':
      await recordConsent(ctx, {
        childId: key(s.children, step.child, 'kind'),
        givenBy: step.givenBy,
        organisationIds: step.organisations.map(l.organisationId),
        purpose: step.purpose,
        validFrom: day,
      });
      return;
    case 'plan':
      s.planId = (await createPlan(ctx, { familyId: required(s.familyId, 'gezin'), coordinatorId: l.actor(step.coordinator).userId })).id;
      return;
    case 'team':
      await addTeamMember(ctx, plan(), { professionalId: l.actor(step.member).userId, legalGround: step.legalGround ?? null });
      return;
    case 'goal': {
      const childId = step.child ? key(s.children, step.child, 'kind') : null;
      s.goals.set(step.goal, (await addGoal(ctx, plan(), { domain: step.domain, description: step.description, childId })).id);
      return;
    }
    case 'evaluate':
      await evaluateGoal(ctx, key(s.goals, step.goal, 'doel'), { score: step.score, note: step.note, evaluatedOn: day });
      return;
    case 'goal-status':
      await updateGoal(ctx, key(s.goals, step.goal, 'doel'), { status: step.status });
      return;
    case 'episode': {
      const { id } = await addEpisode(ctx, plan(), {
        childId: key(s.children, step.child, 'kind'),
        level: step.level,
        providerOrganisationId: l.organisationId(step.provider),
        kind: step.kind,
        intensity: step.intensity,
        requestedOn: l.daysAgo(step.requested ?? step.at),
        startedOn: step.started === undefined ? null : l.daysAgo(step.started),
        referrer: step.referrer,
        formOfHelp: step.formOfHelp,
        productCategory: step.productCategory ?? null,
      });
      s.episodes.set(step.episode, id);
      return;
    }
    case 'start':
      await updateEpisode(ctx, key(s.episodes, step.episode, 'inzet'), { startedOn: day });
      return;
    case 'update-episode':
      await updateEpisode(ctx, key(s.episodes, step.episode, 'inzet'), { kind: step.kind, intensity: step.intensity });
      return;
    case 'level':
      await changeLevel(ctx, key(s.episodes, step.episode, 'inzet'), { toLevel: step.to, on: day, reason: step.reason });
      return;
    case 'decide': {
      const episodeId = key(s.episodes, step.episode, 'inzet');
      const pending = await ctx.db.selectFrom('level_changes').select('id').where('episode_id', '=', episodeId).where('decision', '=', 'pending').executeTakeFirstOrThrow();
      await decideAccessRequest(ctx, pending.id, { approved: step.approved, reason: step.reason, decidedOn: day });
      return;
    }
    case 'end':
      await updateEpisode(ctx, key(s.episodes, step.episode, 'inzet'), {
        endedOn: day,
        endReason: step.endReason,
        satisfaction: step.satisfaction,
        continuation: step.continuation,
      });
      return;
    case 'handover':
      s.handoverId = (await requestHandover(ctx, plan(), { toProfessionalId: l.actor(step.to).userId, note: step.note })).id;
      return;
    case 'accept-handover':
      await resolveHandover(ctx, required(s.handoverId, 'overdracht'), true);
      return;
    case 'close':
      await closePlan(ctx, plan(), step.reason);
      return;
  }
}

/** The acting professionals, as the platform would resolve them from a session. */
async function loadActors(db: Db, stories: FamilyStory[]): Promise<Map<string, Actor>> {
  const names = new Set(stories.flatMap((story) => story.steps.flatMap((step) => [step.by, ...('coordinator' in step ? [step.coordinator] : []), ...('member' in step ? [step.member] : []), ...('to' in step && typeof step.to === 'string' ? [step.to] : [])])));
  const users = await db.selectFrom('users').select(['id', 'email']).where('email', 'in', [...names].map((name) => `${name}${EMAIL_DOMAIN}`)).execute();
  const actors = new Map<string, Actor>();
  for (const user of users) {
    const access = required(await findUserWithAccess(db, user.id), user.email);
    actors.set(user.email.slice(0, -EMAIL_DOMAIN.length), buildActor(access, access.grants as RoleGrant[], access.organisationIds, 'session'));
  }
  return actors;
}

function yearsBefore(day: string, years: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
}

function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`Demogezinnen verwijzen naar onbekende ${what}`);
  return value;
}
