import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInClient, type TestApp, createTestApp } from '../../../../test/helpers/app.js';
import { checkPermissionMatrix } from '../../../../test/helpers/permissions.js';
import type { Role } from '../../db/schema.js';
import { dayOf } from '../../platform/dates.js';
import { lastClosedPeriod } from './service.js';

let t: TestApp;
let penvoerder: SignedInClient;
let ib: SignedInClient;
let ibSprong: SignedInClient;
let joVrijheid: SignedInClient;
let beleid: SignedInClient;
let leadAaEnHunze: SignedInClient;
let k4k: string;

const orgId = async (name: string) => (await t.database.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
const count = async (table: 'questionnaire_responses' | 'questionnaire_answers' | 'project_goals' | 'progress_reports' | 'programmes') =>
  Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const auditOf = (actorId: string, resource: string) =>
  t.database.db.selectFrom('audit_events').selectAll().where('actor_id', '=', actorId).where('resource', '=', resource).orderBy('seq').execute();

beforeAll(async () => {
  t = await createTestApp();
  [penvoerder, ib, ibSprong, joVrijheid, beleid, leadAaEnHunze] = await Promise.all([
    t.signIn('penvoerder.drenthe@dichtbij.example'),
    t.signIn('ib.zuiderbreedte@dichtbij.example'),
    t.signIn('ib.desprong@dichtbij.example'),
    t.signIn('jo.devrijheid@dichtbij.example'),
    t.signIn('beleid.hoogeveen@dichtbij.example'),
    t.signIn('programma.aaenhunze@dichtbij.example'),
  ]);
  const list = await penvoerder.get('/api/v1/programmes?query=Kansen4Kinderen');
  k4k = list.json().items[0].id;
});
afterAll(() => t.close());

describe('programmes and projects', () => {
  it('every signed-in role finds the seed programmes with their lead organisation; the projects carry their own partners', async () => {
    const list = await beleid.get('/api/v1/programmes?pageSize=100');
    expect(list.statusCode).toBe(200);
    const names = list.json().items.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Kansen4Kinderen', 'Kinderen eerst', 'Integrale jeugdhulp', 'Jeugdhulp gewoon dichtbij', 'Sterke basis, Jong Hoogeveen', 'Samen voor Ryan']));
    const k = list.json().items.find((p: { name: string }) => p.name === 'Kansen4Kinderen');
    expect(k).toMatchObject({ id: expect.any(String), leadOrganisationId: await orgId('Provincie Drenthe'), status: 'running' });

    const hoogeveen = list.json().items.find((p: { name: string }) => p.name === 'Sterke basis, Jong Hoogeveen');
    const detail = (await beleid.get(`/api/v1/programmes/${hoogeveen.id}`)).json();
    expect(detail.canManage).toBe(false);
    expect(detail.organisations.find((o: { role: string }) => o.role === 'lead').name).toBe('Gemeente Hoogeveen');
    const vroegErbij = detail.projects.find((p: { name: string }) => p.name === 'Vroeg erbij op school');
    expect(vroegErbij.organisation.name).toBe('Brede school De Zuiderbreedte');
    const project = (await beleid.get(`/api/v1/projects/${vroegErbij.id}`)).json();
    expect(project.partners.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['CBS De Sprong', 'OBS Het Spectrum', 'Yorneo', 'Het Koppeltie (Spelerwijs)', 'GGD Drenthe', 'Stichting Welzijnswerk Hoogeveen (SWW)']),
    );
    expect(project.goals.length).toBeGreaterThanOrEqual(3);

    const byArea = await beleid.get(`/api/v1/programmes?organisationId=${await orgId('Brede school De Zuiderbreedte')}`);
    expect(byArea.json().items.map((p: { name: string }) => p.name).sort()).toEqual(['Kansen4Kinderen', 'Sterke basis, Jong Hoogeveen']);
  });

  it('a programme lead starts a programme only for her own organisation; others may not change it, and the refusal is audited', async () => {
    const drenthe = await orgId('Provincie Drenthe');
    const created = await penvoerder.post('/api/v1/programmes', {
      name: 'Lezen in de wijk', aim: 'Meer kinderen lezen met plezier', leadOrganisationId: drenthe, areaIds: [], startsOn: '2025-01-01',
      organisations: [{ organisationId: await orgId('CBS De Hunebed'), role: 'school' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const detail = (await penvoerder.get(`/api/v1/programmes/${created.json().id}`)).json();
    expect(detail.canManage).toBe(true);
    expect(detail.organisations.map((o: { name: string; role: string }) => [o.name, o.role])).toEqual([['Provincie Drenthe', 'lead'], ['CBS De Hunebed', 'school']]);
    expect((await auditOf(penvoerder.user.id, 'programme')).at(-1)).toMatchObject({ action: 'create', outcome: 'allowed', resource_id: created.json().id });

    const elsewhere = await penvoerder.post('/api/v1/programmes', { name: 'X', aim: 'Y', leadOrganisationId: await orgId('Gemeente Emmen'), areaIds: [], startsOn: '2025-01-01' });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().code).toBe('not-programme-lead');

    const before = await count('programmes');
    const policyOfficer = await beleid.post('/api/v1/programmes', { name: 'X', aim: 'Y', leadOrganisationId: drenthe, areaIds: [], startsOn: '2025-01-01' });
    expect(policyOfficer.statusCode).toBe(403);
    expect(await count('programmes')).toBe(before);

    const otherLead = await leadAaEnHunze.patch(`/api/v1/programmes/${k4k}`, { status: 'stopped' });
    expect(otherLead.statusCode).toBe(403);
    expect(otherLead.json().detail).toMatch(/programmaleider van de penvoerder/);
    const denied = await t.database.db.selectFrom('audit_events').selectAll().where('actor_id', '=', leadAaEnHunze.user.id).where('outcome', '=', 'denied').execute();
    expect(denied.at(-1)).toMatchObject({ resource: 'programme', resource_id: k4k, action: 'manage' });
    expect((await penvoerder.get(`/api/v1/programmes/${k4k}`)).json().status).toBe('running');

    const badDates = await penvoerder.patch(`/api/v1/programmes/${k4k}`, { endsOn: '2000-01-01' });
    expect(badDates.statusCode).toBe(400);
    expect(badDates.json().invalidParams[0]).toMatchObject({ name: 'endsOn', code: 'before-start' });
  });
});

describe('collecting questions and goals from the schools', () => {
  it('the lead sends a questionnaire, two schools answer, the lead compares and turns answers into project goals', async () => {
    const zuiderbreedte = await orgId('Brede school De Zuiderbreedte');
    const deSprong = await orgId('CBS De Sprong');

    const draft = await penvoerder.post(`/api/v1/programmes/${k4k}/questionnaires`, {
      title: 'Wat wilt u bereiken met leesplezier?',
      introduction: 'Uw antwoorden vormen de basis voor een project op uw school.',
      questions: [{ text: 'Welke vraag leeft er in uw team?' }, { text: 'Welke doelen stelt u voor de komende twee jaar?', hint: 'Zo concreet mogelijk' }],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const questionnaireId = draft.json().id;
    // A draft is for the lead only.
    expect((await ib.get(`/api/v1/questionnaires/${questionnaireId}`)).statusCode).toBe(404);

    const sent = await penvoerder.post(`/api/v1/questionnaires/${questionnaireId}/dispatch`, { organisationIds: [zuiderbreedte, deSprong], closesOn: dayOf(new Date(Date.now() + 14 * 86_400_000)) });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().status).toBe('sent');
    expect(sent.json().recipients.map((r: { organisation: { name: string }; responseStatus: string }) => [r.organisation.name, r.responseStatus]).sort()).toEqual([
      ['Brede school De Zuiderbreedte', 'none'],
      ['CBS De Sprong', 'none'],
    ]);
    const [q1, q2] = sent.json().questions;

    // The schools hear of it in their notifications.
    const notes = (await ib.get('/api/v1/notifications?unread=true&pageSize=100')).json();
    expect(notes.items.some((n: { kind: string; data: { questionnaireId: string } }) => n.kind === 'questionnaire-sent' && n.data.questionnaireId === questionnaireId)).toBe(true);
    const home = (await ib.get('/api/v1/my-programmes')).json();
    expect(home.questionnairesToAnswer.find((q: { id: string }) => q.id === questionnaireId)).toMatchObject({ organisation: { id: zuiderbreedte }, responseStatus: 'none' });

    // De Zuiderbreedte saves a draft first, then sends in; De Sprong sends in at once.
    const saved = await ib.request({ method: 'PUT', url: `/api/v1/questionnaires/${questionnaireId}/responses/${zuiderbreedte}`, payload: { answers: [{ questionId: q1.id, text: 'Hoe houden we het leesplezier vast na groep 3?' }] } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().status).toBe('draft');
    const answered = await ib.request({
      method: 'PUT', url: `/api/v1/questionnaires/${questionnaireId}/responses/${zuiderbreedte}`,
      payload: { answers: [{ questionId: q2.id, text: 'Elke groep leest dagelijks een kwartier vrij.' }], submit: true },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'submitted', organisation: { id: zuiderbreedte }, submittedBy: { id: ib.user.id } });
    expect(answered.json().answers).toHaveLength(2);
    const sprong = await ibSprong.request({
      method: 'PUT', url: `/api/v1/questionnaires/${questionnaireId}/responses/${deSprong}`,
      payload: { answers: [{ questionId: q1.id, text: 'Veel kinderen lezen thuis niet.' }, { questionId: q2.id, text: 'Ouders lezen wekelijks voor.' }], submit: true },
    });
    expect(sprong.statusCode, sprong.body).toBe(200);

    // Each school sees its own answers only; the lead is told.
    const schoolView = (await ibSprong.get(`/api/v1/questionnaires/${questionnaireId}`)).json();
    expect(schoolView.recipients.map((r: { organisation: { id: string } }) => r.organisation.id)).toEqual([deSprong]);
    expect(schoolView.myResponses[0].answers.map((a: { text: string }) => a.text)).toContain('Ouders lezen wekelijks voor.');
    expect((await ibSprong.get(`/api/v1/questionnaires/${questionnaireId}/responses/${zuiderbreedte}`)).statusCode).toBe(403);
    const leadNotes = (await penvoerder.get('/api/v1/notifications?pageSize=100')).json();
    expect(leadNotes.items.filter((n: { kind: string; data: { questionnaireId: string } }) => n.kind === 'questionnaire-submitted' && n.data.questionnaireId === questionnaireId)).toHaveLength(2);

    // The lead compares the answers side by side.
    const comparison = await penvoerder.get(`/api/v1/questionnaires/${questionnaireId}/comparison`);
    expect(comparison.statusCode).toBe(200);
    const goalsQuestion = comparison.json().questions.find((q: { id: string }) => q.id === q2.id);
    expect(goalsQuestion.answers.map((a: { organisation: { name: string }; text: string }) => [a.organisation.name, a.text])).toEqual([
      ['Brede school De Zuiderbreedte', 'Elke groep leest dagelijks een kwartier vrij.'],
      ['CBS De Sprong', 'Ouders lezen wekelijks voor.'],
    ]);
    expect(comparison.json().recipients.every((r: { responseStatus: string }) => r.responseStatus === 'submitted')).toBe(true);
    expect((await ib.get(`/api/v1/questionnaires/${questionnaireId}/comparison`)).statusCode).toBe(403);

    // ... and turns De Sprong's answer into the goal of a new project at De Sprong.
    const project = await penvoerder.post(`/api/v1/programmes/${k4k}/projects`, { name: 'Voorlezen thuis', organisationId: deSprong, status: 'running', startsOn: '2025-09-01' });
    expect(project.statusCode, project.body).toBe(201);
    const sprongAnswer = goalsQuestion.answers.find((a: { organisation: { id: string } }) => a.organisation.id === deSprong);
    const goal = await penvoerder.post(`/api/v1/projects/${project.json().id}/goals`, { description: 'Ouders lezen wekelijks voor', target: '80% van de ouders van groep 1-2', sourceAnswerId: sprongAnswer.answerId });
    expect(goal.statusCode, goal.body).toBe(201);
    const withGoal = (await beleid.get(`/api/v1/projects/${project.json().id}`)).json();
    expect(withGoal.goals[0]).toMatchObject({ description: 'Ouders lezen wekelijks voor', status: 'open', source: { answerId: sprongAnswer.answerId, questionnaireId, organisation: { id: deSprong }, question: q2.text } });
    const again = await penvoerder.get(`/api/v1/questionnaires/${questionnaireId}/comparison`);
    expect(again.json().recipients.find((r: { organisation: { id: string } }) => r.organisation.id === deSprong).projectId).toBe(project.json().id);

    const audit = await auditOf(penvoerder.user.id, 'questionnaire');
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'send']));
    expect((await auditOf(ib.user.id, 'questionnaire-response')).map((a) => a.action)).toEqual(['save', 'submit']);
    expect((await auditOf(penvoerder.user.id, 'project-goal')).at(-1)).toMatchObject({ action: 'create', context: expect.objectContaining({ sourceAnswerId: sprongAnswer.answerId }) });

    // Bad input writes nothing.
    const before = { responses: await count('questionnaire_responses'), answers: await count('questionnaire_answers'), goals: await count('project_goals') };
    const notInProgramme = await joVrijheid.request({
      method: 'PUT', url: `/api/v1/questionnaires/${questionnaireId}/responses/${await orgId('IKC De Vrijheid')}`,
      payload: { answers: [{ questionId: q1.id, text: 'Wij doen ook mee!' }], submit: true },
    });
    expect(notInProgramme.statusCode).toBe(400);
    expect(notInProgramme.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(notInProgramme.json().invalidParams[0]).toMatchObject({ name: 'organisationId', code: 'not-in-programme' });
    expect(notInProgramme.json().invalidParams[0].reason).toMatch(/doet niet mee aan het programma/);
    const forOtherSchool = await ib.request({ method: 'PUT', url: `/api/v1/questionnaires/${questionnaireId}/responses/${deSprong}`, payload: { answers: [{ questionId: q1.id, text: 'Namens de buren' }] } });
    expect(forOtherSchool.statusCode).toBe(403);
    expect(forOtherSchool.json().code).toBe('not-your-organisation');
    const unknownQuestion = await ib.request({ method: 'PUT', url: `/api/v1/questionnaires/${questionnaireId}/responses/${zuiderbreedte}`, payload: { answers: [{ questionId: k4k, text: 'x' }] } });
    expect(unknownQuestion.json().invalidParams[0]).toMatchObject({ name: 'answers.0.questionId', code: 'unknown-question' });
    const foreignAnswer = await penvoerder.post(`/api/v1/projects/${project.json().id}/goals`, { description: 'Elders', sourceAnswerId: k4k });
    expect(foreignAnswer.json().invalidParams[0]).toMatchObject({ name: 'sourceAnswerId', code: 'not-in-programme' });
    expect({ responses: await count('questionnaire_responses'), answers: await count('questionnaire_answers'), goals: await count('project_goals') }).toEqual(before);

    // Once closed, nobody answers any more.
    expect((await penvoerder.post(`/api/v1/questionnaires/${questionnaireId}/closure`)).statusCode).toBe(201);
    const late = await ib.request({ method: 'PUT', url: `/api/v1/questionnaires/${questionnaireId}/responses/${zuiderbreedte}`, payload: { answers: [{ questionId: q1.id, text: 'Te laat' }] } });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('questionnaire-closed');
  });
});

describe('progress, the overview and the programme lead\'s home', () => {
  it('the lead\'s home shows her programmes, the open mid-term questionnaire and the report due for the last quarter', async () => {
    const home = await penvoerder.get('/api/v1/my-programmes');
    expect(home.statusCode).toBe(200);
    expect(home.json().programmes.find((p: { id: string }) => p.id === k4k)).toMatchObject({ name: 'Kansen4Kinderen', myRole: 'lead' });
    expect(home.json().openQuestionnaires.map((q: { title: string }) => q.title)).toContain('Tussenmeting schooljaar');
    const tussenmeting = home.json().openQuestionnaires.find((q: { title: string }) => q.title === 'Tussenmeting schooljaar');
    expect(tussenmeting).toMatchObject({ recipients: 7, submitted: 2 });
    const period = lastClosedPeriod(dayOf(t.clock.now()), 3);
    expect(home.json().reportsDue).toContainEqual(expect.objectContaining({ programme: { id: k4k, name: 'Kansen4Kinderen' }, project: null, periodStart: period.start, periodEnd: period.end }));
    // Other programmes are up to date, and are not hers.
    expect(home.json().reportsDue.every((d: { programme: { id: string } }) => d.programme.id === k4k || home.json().programmes.some((p: { id: string; myRole: string }) => p.id === d.programme.id && p.myRole === 'lead'))).toBe(true);
  });

  it('a report for the last quarter clears it; the same period twice is a conflict; a school reports on its own project only', async () => {
    const period = lastClosedPeriod(dayOf(t.clock.now()), 3);
    const report = { periodStart: period.start, periodEnd: period.end, done: 'Tussenmeting verstuurd', learned: 'Scholen willen van elkaar leren', nextSteps: 'Bijeenkomst plannen' };
    const created = await penvoerder.post(`/api/v1/programmes/${k4k}/progress-reports`, report);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ project: null, author: { id: penvoerder.user.id }, nextSteps: 'Bijeenkomst plannen' });
    const home = (await penvoerder.get('/api/v1/my-programmes')).json();
    expect(home.reportsDue.some((d: { programme: { id: string }; project: unknown }) => d.programme.id === k4k && d.project === null)).toBe(false);

    const before = await count('progress_reports');
    const twice = await penvoerder.post(`/api/v1/programmes/${k4k}/progress-reports`, report);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('report-exists');
    const future = await penvoerder.post(`/api/v1/programmes/${k4k}/progress-reports`, { ...report, periodStart: '2999-01-01', periodEnd: '2998-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['periodEnd', 'periodStart']);
    expect(await count('progress_reports')).toBe(before);

    const hoogeveen = (await ib.get('/api/v1/programmes?query=Sterke')).json().items[0].id;
    const vroegErbij = (await ib.get(`/api/v1/programmes/${hoogeveen}`)).json().projects.find((p: { name: string }) => p.name === 'Vroeg erbij op school');
    expect((await ib.get(`/api/v1/projects/${vroegErbij.id}`)).json()).toMatchObject({ canReport: true, canManage: false });
    const own = await ib.post(`/api/v1/programmes/${hoogeveen}/progress-reports`, { ...report, projectId: vroegErbij.id });
    expect(own.statusCode, own.body).toBe(201);
    const programmeLevel = await ib.post(`/api/v1/programmes/${hoogeveen}/progress-reports`, report);
    expect(programmeLevel.statusCode).toBe(403);
    const policyOfficer = await beleid.post(`/api/v1/programmes/${hoogeveen}/progress-reports`, report);
    expect(policyOfficer.statusCode).toBe(403);

    const listed = (await beleid.get(`/api/v1/programmes/${hoogeveen}/progress-reports?level=project`)).json();
    expect(listed.items[0]).toMatchObject({ id: own.json().id, project: { id: vroegErbij.id } });
  });

  it('the overview shows every project with status and figures, and the indicator hooks, empty-safe', async () => {
    const overview = await beleid.get(`/api/v1/programmes/${k4k}/overview`);
    expect(overview.statusCode).toBe(200);
    const body = overview.json();
    expect(body.programme).toMatchObject({ id: k4k, name: 'Kansen4Kinderen', leadOrganisation: { name: 'Provincie Drenthe' } });
    expect(body.indicators).toEqual(expect.arrayContaining([{ code: 'LIT-START', latest: null }]));
    expect(body.resultAgreements).toEqual([]);
    expect(body.figures.schools).toBe(7);
    expect(body.figures.projects.total).toBe(body.projects.length);
    expect(body.figures.projects.byStatus.running).toBeGreaterThanOrEqual(3);
    const zwerfsteen = body.projects.find((p: { name: string }) => p.name === 'Taal vanaf de start');
    expect(zwerfsteen).toMatchObject({ status: 'running', organisation: { name: 'OBS De Zwerfsteen' }, goals: { total: 2, achieved: 1, inProgress: 1, open: 0 } });
    expect(zwerfsteen.lastReport).not.toBeNull();
    expect(body.figures.goals.total).toBe(body.projects.reduce((n: number, p: { goals: { total: number } }) => n + p.goals.total, 0));
    expect(body.figures.groups.map((g: { name: string }) => g.name)).toContain('Taal en lezen op school');
  });
});

describe('permissions', () => {
  it('refuses anonymous callers and the roles without the permission of each route', async () => {
    await checkPermissionMatrix(t, [
      ['GET', '/api/v1/programmes', 'programmes:read'], ['POST', '/api/v1/programmes', 'programmes:manage'], ['GET', '/api/v1/my-programmes', 'programmes:read'],
      ['GET', '/api/v1/programmes/:id', 'programmes:read'], ['PATCH', '/api/v1/programmes/:id', 'programmes:manage'], ['GET', '/api/v1/programmes/:id/overview', 'programmes:read'],
      ['PUT', '/api/v1/programmes/:id/organisations/:id', 'programmes:manage'], ['DELETE', '/api/v1/programmes/:id/organisations/:id', 'programmes:manage'],
      ['POST', '/api/v1/programmes/:id/projects', 'programmes:manage'], ['GET', '/api/v1/projects/:id', 'programmes:read'], ['PATCH', '/api/v1/projects/:id', 'programmes:manage'],
      ['PUT', '/api/v1/projects/:id/partners/:id', 'programmes:manage'], ['DELETE', '/api/v1/projects/:id/partners/:id', 'programmes:manage'],
      ['POST', '/api/v1/projects/:id/goals', 'programmes:manage'], ['PATCH', '/api/v1/project-goals/:id', 'programmes:manage'],
      ['GET', '/api/v1/programmes/:id/progress-reports', 'programmes:read'], ['POST', '/api/v1/programmes/:id/progress-reports', 'programmes:contribute'],
      ['PATCH', '/api/v1/progress-reports/:id', 'programmes:contribute'], ['GET', '/api/v1/programmes/:id/questionnaires', 'programmes:read'],
      ['POST', '/api/v1/programmes/:id/questionnaires', 'programmes:manage'], ['GET', '/api/v1/questionnaires/:id', 'programmes:read'],
      ['PATCH', '/api/v1/questionnaires/:id', 'programmes:manage'], ['POST', '/api/v1/questionnaires/:id/dispatch', 'programmes:manage'],
      ['POST', '/api/v1/questionnaires/:id/closure', 'programmes:manage'], ['GET', '/api/v1/questionnaires/:id/comparison', 'programmes:manage'],
      ['GET', '/api/v1/questionnaires/:id/responses/:id', 'programmes:read'], ['PUT', '/api/v1/questionnaires/:id/responses/:id', 'programmes:contribute'],
    ]);
  });
});
