import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInClient, type TestApp, createTestApp } from '../../../../test/helpers/app.js';
import { checkPermissionMatrix } from '../../../../test/helpers/permissions.js';
import { GENERATED_PARTICIPANTS, trainingParticipants } from '../../seed/demo-programmes.js';

let t: TestApp;
let penvoerder: SignedInClient;
let organiser: SignedInClient;
let ib: SignedInClient;
let leerkracht: SignedInClient;
let ibSprong: SignedInClient;
let jvk: SignedInClient;
let leadAaEnHunze: SignedInClient;
let beleid: SignedInClient;
let k4k: string;

const orgId = async (name: string) => (await t.database.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
const count = async (table: 'training_enrolments' | 'module_completions' | 'session_attendance' | 'training_sessions') =>
  Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const inDays = (days: number, hour = 14) => {
  const d = new Date(t.clock.now().getTime() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

beforeAll(async () => {
  t = await createTestApp();
  [penvoerder, organiser, ib, leerkracht, ibSprong, jvk, leadAaEnHunze, beleid] = await Promise.all([
    t.signIn('penvoerder.drenthe@dichtbij.example'),
    t.signIn('programma.samenvoorryan@dichtbij.example'),
    t.signIn('ib.zuiderbreedte@dichtbij.example'),
    t.signIn('leerkracht.zuiderbreedte@dichtbij.example'),
    t.signIn('ib.desprong@dichtbij.example'),
    t.signIn('jvk.hoogeveen@dichtbij.example'),
    t.signIn('programma.aaenhunze@dichtbij.example'),
    t.signIn('beleid.hoogeveen@dichtbij.example'),
  ]);
  k4k = (await penvoerder.get('/api/v1/programmes?query=Kansen4Kinderen')).json().items[0].id;
});
afterAll(() => t.close());

describe('the Kansrijke Start training', () => {
  it('has 273 professionals enrolled from the organisations of the region, fewer completing each later module', async () => {
    const list = await beleid.get('/api/v1/trainings');
    expect(list.statusCode).toBe(200);
    const training = list.json().items.find((i: { name: string }) => i.name === 'Kansrijke Start: de eerste 2000 dagen');
    expect(training).toMatchObject({ id: expect.any(String), provider: 'Hogeschool VIAA', programme: { name: 'Samen voor Ryan' }, enrolmentCount: 273, moduleCount: 4, isEnrolled: false });
    expect(training.nextSessionAt).not.toBeNull();

    const overview = (await beleid.get(`/api/v1/training-completions?trainingId=${training.id}`)).json();
    expect(overview.trainings).toHaveLength(1);
    const [figures] = overview.trainings;
    expect(figures.totals.enrolled).toBe(273);
    expect(figures.totals.organisations).toBeGreaterThanOrEqual(15);
    const perModule = figures.totals.modules.map((m: { completed: number }) => m.completed);
    expect([...perModule].sort((a, b) => b - a)).toEqual(perModule);
    expect(figures.totals.completedAll).toBeLessThanOrEqual(perModule[3]);
    expect(figures.organisations.reduce((n: number, o: { enrolled: number }) => n + o.enrolled, 0)).toBe(273);
    expect(figures.organisations[0].organisation.name).toBe('GGD IJsselland');

    // The generated professionals are the same every time, with unique names and e-mail addresses, and cannot sign in.
    const generated = trainingParticipants();
    expect(generated).toEqual(trainingParticipants());
    expect(generated).toHaveLength(GENERATED_PARTICIPANTS);
    expect(GENERATED_PARTICIPANTS + 8).toBe(273);
    expect(new Set(generated.map((p) => p.name)).size).toBe(generated.length);
    const stored = await t.database.db.selectFrom('users').select(['email', 'password_hash']).where('email', 'like', 'kansrijkestart.%').execute();
    expect(stored).toHaveLength(GENERATED_PARTICIPANTS);
    expect(stored.every((u) => u.password_hash === null)).toBe(true);
  });

  it('a professional enrols herself once; a second time is a conflict and writes nothing', async () => {
    const training = (await ib.get('/api/v1/trainings?query=Kansrijke')).json().items[0];
    const enrolled = await ib.post(`/api/v1/trainings/${training.id}/enrolments`);
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    expect(enrolled.json()).toMatchObject({ trainingId: training.id, userId: ib.user.id, organisationId: await orgId('Brede school De Zuiderbreedte') });
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('actor_id', '=', ib.user.id).where('resource', '=', 'training-enrolment').execute();
    expect(audit.map((a) => [a.action, a.subject_id, a.outcome])).toEqual([['create', ib.user.id, 'allowed']]);

    const before = await count('training_enrolments');
    const twice = await ib.post(`/api/v1/trainings/${training.id}/enrolments`);
    expect(twice.statusCode).toBe(409);
    expect(twice.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(twice.json()).toMatchObject({ code: 'already-enrolled', detail: 'U bent al ingeschreven voor deze scholing.' });
    expect(await count('training_enrolments')).toBe(before);

    const detail = (await ib.get(`/api/v1/trainings/${training.id}`)).json();
    expect(detail.isEnrolled).toBe(true);
    expect(detail.myEnrolment.id).toBe(enrolled.json().id);
    expect(detail.modules[3].sessions.some((s: { startsAt: string }) => s.startsAt > t.clock.now().toISOString())).toBe(true);

    const forOtherOrganisation = await jvk.post(`/api/v1/trainings/${training.id}/enrolments`, { organisationId: await orgId('Yorneo') });
    expect(forOtherOrganisation.statusCode).toBe(400);
    expect(forOtherOrganisation.json().invalidParams[0]).toMatchObject({ name: 'organisationId', code: 'not-your-organisation' });
  });

  it('only the organiser plans sessions, and never in the past', async () => {
    const training = (await organiser.get('/api/v1/trainings?query=Kansrijke')).json().items[0];
    const detail = (await organiser.get(`/api/v1/trainings/${training.id}`)).json();
    expect(detail.canManage).toBe(true);
    const moduleId = detail.modules[3].id;
    const before = await count('training_sessions');

    const past = await organiser.post(`/api/v1/training-modules/${moduleId}/sessions`, { startsAt: inDays(-1), endsAt: inDays(-1, 16), mode: 'online' });
    expect(past.statusCode).toBe(400);
    expect(past.json().invalidParams[0]).toMatchObject({ name: 'startsAt', code: 'in-past' });
    expect(past.json().invalidParams[0].reason).toMatch(/niet in het verleden/);
    const noPlace = await organiser.post(`/api/v1/training-modules/${moduleId}/sessions`, { startsAt: inDays(7), endsAt: inDays(7, 12), mode: 'on-location' });
    expect(noPlace.json().invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['endsAt', 'location']);
    const notOrganiser = await leadAaEnHunze.post(`/api/v1/training-modules/${moduleId}/sessions`, { startsAt: inDays(7), endsAt: inDays(7, 16), mode: 'online' });
    expect(notOrganiser.statusCode).toBe(403);
    expect(await count('training_sessions')).toBe(before);

    const planned = await organiser.post(`/api/v1/training-modules/${moduleId}/sessions`, { startsAt: inDays(7), endsAt: inDays(7, 16), mode: 'on-location', location: 'Bibliotheek Steenwijk' });
    expect(planned.statusCode, planned.body).toBe(201);
    expect(await count('training_sessions')).toBe(before + 1);
  });
});

describe('completion figures', () => {
  it('are counted per organisation correctly on a hand-built example', async () => {
    const created = await penvoerder.post('/api/v1/trainings', {
      name: 'Leesplezier in de klas',
      description: 'Twee bijeenkomsten voor leerkrachten en intern begeleiders.',
      programmeId: k4k,
      modules: [{ title: 'Voorlezen' }, { title: 'Vrij lezen' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const trainingId = created.json().id;
    const training = (await penvoerder.get(`/api/v1/trainings/${trainingId}`)).json();
    expect(training).toMatchObject({ organiserOrganisation: { name: 'Provincie Drenthe' }, programme: { id: k4k }, canManage: true });
    const [voorlezen, vrijLezen] = training.modules;

    // Two from De Zuiderbreedte, one from De Sprong, one from GGD Drenthe.
    for (const client of [ib, leerkracht, ibSprong, jvk]) expect((await client.post(`/api/v1/trainings/${trainingId}/enrolments`)).statusCode).toBe(201);

    // Voorlezen: all but the youth nurse. Vrij lezen: one of De Zuiderbreedte and the one of De Sprong.
    const first = await penvoerder.post(`/api/v1/training-modules/${voorlezen.id}/completions`, { userIds: [ib.user.id, leerkracht.user.id, ibSprong.user.id] });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ recorded: 3 });
    expect((await penvoerder.post(`/api/v1/training-modules/${vrijLezen.id}/completions`, { userIds: [ib.user.id, ibSprong.user.id] })).statusCode).toBe(201);

    const zuiderbreedte = await orgId('Brede school De Zuiderbreedte');
    const deSprong = await orgId('CBS De Sprong');
    const ggd = await orgId('GGD Drenthe');
    const overview = await beleid.get(`/api/v1/training-completions?trainingId=${trainingId}`);
    expect(overview.statusCode).toBe(200);
    const [figures] = overview.json().trainings;
    const modules = (a: number, b: number) => [{ moduleId: voorlezen.id, completed: a }, { moduleId: vrijLezen.id, completed: b }];
    expect(figures.totals).toEqual({ enrolled: 4, completedAll: 2, organisations: 3, modules: modules(3, 2) });
    const byOrganisation = Object.fromEntries(figures.organisations.map((o: { organisation: { id: string } }) => [o.organisation.id, o]));
    expect(byOrganisation[zuiderbreedte]).toMatchObject({ enrolled: 2, completedAll: 1, modules: modules(2, 1) });
    expect(byOrganisation[deSprong]).toMatchObject({ enrolled: 1, completedAll: 1, modules: modules(1, 1) });
    expect(byOrganisation[ggd]).toMatchObject({ enrolled: 1, completedAll: 0, modules: modules(0, 0) });
    expect(figures.organisations[0].organisation.id).toBe(zuiderbreedte);

    // The same figures by organisation and by programme.
    const ofSprong = (await beleid.get(`/api/v1/training-completions?organisationId=${deSprong}`)).json();
    expect(ofSprong.trainings.find((x: { id: string }) => x.id === trainingId).organisations).toEqual([
      { organisation: { id: deSprong, name: 'CBS De Sprong', kind: 'school' }, enrolled: 1, completedAll: 1, modules: modules(1, 1) },
    ]);
    const ofProgramme = (await beleid.get(`/api/v1/training-completions?programmeId=${k4k}`)).json();
    expect(ofProgramme.trainings.map((x: { id: string }) => x.id)).toEqual([trainingId]);
    const programmeOverview = (await beleid.get(`/api/v1/programmes/${k4k}/overview`)).json();
    expect(programmeOverview.figures.trainings).toEqual([{ id: trainingId, name: 'Leesplezier in de klas', enrolled: 4, completed: 2, organisations: 3 }]);

    // The organiser's list shows each professional's progress.
    const enrolments = (await penvoerder.get(`/api/v1/trainings/${trainingId}/enrolments`)).json();
    expect(enrolments.total).toBe(4);
    const mine = enrolments.items.find((e: { professional: { id: string } }) => e.professional.id === ib.user.id);
    expect(mine).toMatchObject({ hasCompleted: true, organisation: { id: zuiderbreedte } });
    expect((await ib.get(`/api/v1/trainings/${trainingId}/enrolments`)).statusCode).toBe(403);

    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('actor_id', '=', penvoerder.user.id).where('resource', '=', 'module-completion').execute();
    expect(audit.map((a) => a.context.count)).toEqual([3, 2]);
  });

  it('attendance and completion are recorded only for enrolled professionals, attendance only once a session has begun', async () => {
    const created = await penvoerder.post('/api/v1/trainings', { name: 'Gespreksvoering met ouders', description: 'Eén module.', programmeId: k4k, modules: [{ title: 'Het eerste gesprek' }] });
    const trainingId = created.json().id;
    const moduleId = (await penvoerder.get(`/api/v1/trainings/${trainingId}`)).json().modules[0].id;
    await ib.post(`/api/v1/trainings/${trainingId}/enrolments`);
    const soon = (minutes: number) => new Date(t.clock.now().getTime() + minutes * 60_000).toISOString();
    const sessionId = (await penvoerder.post(`/api/v1/training-modules/${moduleId}/sessions`, { startsAt: soon(5), endsAt: soon(65), mode: 'online', onlineUrl: 'https://leren.example/sessie' })).json().id;
    const before = { attendance: await count('session_attendance'), completions: await count('module_completions') };

    const early = await penvoerder.request({ method: 'PUT', url: `/api/v1/training-sessions/${sessionId}/attendance`, payload: { attendees: [{ userId: ib.user.id, attended: true }] } });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('session-not-held');

    // Ten minutes later the session has begun (and the sessions of the signed-in people are still valid).
    t.clock.advance(10 * 60_000);
    const notEnrolled = await penvoerder.request({ method: 'PUT', url: `/api/v1/training-sessions/${sessionId}/attendance`, payload: { attendees: [{ userId: ib.user.id, attended: true }, { userId: jvk.user.id, attended: true }] } });
    expect(notEnrolled.statusCode).toBe(400);
    expect(notEnrolled.json().invalidParams).toEqual([{ name: 'attendees.1.userId', code: 'not-enrolled', reason: 'Deze professional is niet ingeschreven voor deze scholing.' }]);
    const completion = await penvoerder.post(`/api/v1/training-modules/${moduleId}/completions`, { userIds: [jvk.user.id] });
    expect(completion.json().invalidParams[0]).toMatchObject({ name: 'userIds.0', code: 'not-enrolled' });
    const future = await penvoerder.post(`/api/v1/training-modules/${moduleId}/completions`, { userIds: [ib.user.id], completedOn: '2999-01-01' });
    expect(future.json().invalidParams[0]).toMatchObject({ name: 'completedOn', code: 'in-future' });
    expect({ attendance: await count('session_attendance'), completions: await count('module_completions') }).toEqual(before);

    const attended = await penvoerder.request({ method: 'PUT', url: `/api/v1/training-sessions/${sessionId}/attendance`, payload: { attendees: [{ userId: ib.user.id, attended: true }] } });
    expect(attended.statusCode, attended.body).toBe(200);
    const mine = (await ib.get(`/api/v1/trainings/${trainingId}`)).json();
    expect(mine.modules[0].sessions[0].myAttendance).toBe(true);
  });
});

describe('permissions', () => {
  it('refuses anonymous callers and the roles without the permission of each route', async () => {
    await checkPermissionMatrix(t, [
      ['GET', '/api/v1/trainings', 'programmes:read'], ['POST', '/api/v1/trainings', 'programmes:manage'], ['GET', '/api/v1/training-completions', 'programmes:read'],
      ['GET', '/api/v1/trainings/:id', 'programmes:read'], ['PATCH', '/api/v1/trainings/:id', 'programmes:manage'], ['POST', '/api/v1/trainings/:id/modules', 'programmes:manage'],
      ['POST', '/api/v1/training-modules/:id/sessions', 'programmes:manage'], ['POST', '/api/v1/training-modules/:id/completions', 'programmes:manage'],
      ['PUT', '/api/v1/training-sessions/:id/attendance', 'programmes:manage'], ['POST', '/api/v1/trainings/:id/enrolments', 'learning:participate'],
      ['GET', '/api/v1/trainings/:id/enrolments', 'programmes:manage'], ['DELETE', '/api/v1/trainings/:id/enrolments/:id', 'learning:participate'],
    ]);
  });
});
