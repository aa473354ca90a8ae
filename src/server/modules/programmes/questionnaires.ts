import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import { type RequestContext, requireActor } from '../../platform/context.js';
import { dayOf } from '../../platform/dates.js';
import { type InvalidParam, Problem, conflict, invalid, invalidField, notFound } from '../../platform/problems.js';
import { notify } from '../notifications/service.js';
import * as repo from './repo.js';
import { managesOrganisation, notProgrammeLead, programmeToManage } from './service.js';

/*
 * Collecting questions and goals (ophalen van vragen en doelstellingen): the programme lead writes a questionnaire,
 * sends it to the participating schools, each school answers for itself (kept per school), and the lead compares
 * the answers and turns them into project goals (service.addGoal with sourceAnswerId).
 */

export interface QuestionInput {
  text: string;
  hint?: string | null;
}

async function questionnaireToManage(ctx: RequestContext, id: string, db: DbOrTx) {
  const questionnaire = await repo.findQuestionnaire(db, id);
  if (!questionnaire) throw notFound();
  if (!managesOrganisation(requireActor(ctx), questionnaire.lead_organisation_id)) throw notProgrammeLead('questionnaire', id);
  return questionnaire;
}

function checkClosesOn(ctx: RequestContext, closesOn: string | null | undefined) {
  if (closesOn && closesOn < dayOf(ctx.now())) throw invalidField('closesOn', 'in-past', 'questionnaire.closes-in-past');
}

async function insertQuestions(db: DbOrTx, questionnaireId: string, questions: QuestionInput[]) {
  await db
    .insertInto('questionnaire_questions')
    .values(questions.map((q, i) => ({ questionnaire_id: questionnaireId, position: i + 1, text: q.text, hint: q.hint ?? null })))
    .execute();
}

export async function createQuestionnaire(ctx: RequestContext, programmeId: string, input: { title: string; introduction?: string | null; closesOn?: string | null; questions: QuestionInput[] }) {
  const actor = requireActor(ctx);
  checkClosesOn(ctx, input.closesOn);
  return ctx.transaction(async (tx) => {
    await programmeToManage(ctx, programmeId, tx);
    const now = ctx.now();
    const questionnaire = await tx
      .insertInto('questionnaires')
      .values({ programme_id: programmeId, title: input.title, introduction: input.introduction ?? null, closes_on: input.closesOn ?? null, created_by: actor.userId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertQuestions(tx, questionnaire.id, input.questions);
    await ctx.audit({ resource: 'questionnaire', resourceId: questionnaire.id, action: 'create', outcome: 'allowed', context: { programmeId, questions: input.questions.length } }, tx);
    return { id: questionnaire.id };
  });
}

export async function updateQuestionnaire(
  ctx: RequestContext,
  id: string,
  changes: { title?: string; introduction?: string | null; closesOn?: string | null; questions?: QuestionInput[] },
) {
  checkClosesOn(ctx, changes.closesOn);
  await ctx.transaction(async (tx) => {
    const questionnaire = await questionnaireToManage(ctx, id, tx);
    if (questionnaire.status === 'closed') throw conflict('questionnaire-closed', 'questionnaire.closed');
    // Once schools have it, its questions stay as they were asked; only the title, text and deadline can change.
    if (changes.questions && questionnaire.status !== 'draft') throw conflict('questionnaire-sent', 'questionnaire.questions-fixed');
    await tx.updateTable('questionnaires').set({ title: changes.title, introduction: changes.introduction, closes_on: changes.closesOn }).where('id', '=', id).execute();
    if (changes.questions) {
      await tx.deleteFrom('questionnaire_questions').where('questionnaire_id', '=', id).execute();
      await insertQuestions(tx, id, changes.questions);
    }
    await ctx.audit({ resource: 'questionnaire', resourceId: id, action: 'update', outcome: 'allowed', context: { fields: Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined) } }, tx);
  });
  return getQuestionnaire(ctx, id);
}

/** Active people of these organisations who can answer for them (professionals and their administrators). */
async function answerersOf(db: DbOrTx, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'm.organisation_id'])
    .where('m.organisation_id', 'in', organisationIds)
    .where('u.is_active', '=', true)
    .where((eb) =>
      eb.exists(eb.selectFrom('role_grants as g').select('g.id').whereRef('g.user_id', '=', 'u.id').where('g.role', 'in', ['professional', 'organisation-admin', 'programme-lead'])),
    )
    .execute();
}

/** Sends a draft to the programme's schools (or the participating organisations named) and tells their people. */
export async function dispatchQuestionnaire(ctx: RequestContext, id: string, input: { organisationIds?: string[]; closesOn?: string | null }) {
  const actor = requireActor(ctx);
  checkClosesOn(ctx, input.closesOn);
  await ctx.transaction(async (tx) => {
    const questionnaire = await questionnaireToManage(ctx, id, tx);
    if (questionnaire.status !== 'draft') throw conflict('questionnaire-sent', 'questionnaire.already-sent');
    const participants = await repo.participantsOf(tx, questionnaire.programme_id);
    let recipients: typeof participants;
    if (input.organisationIds) {
      const problems: InvalidParam[] = input.organisationIds
        .map((orgId, i) => ({ orgId, i }))
        .filter(({ orgId }) => !participants.some((p) => p.id === orgId))
        .map(({ i }) => ({ name: `organisationIds.${i}`, code: 'not-in-programme', reason: 'questionnaire.not-a-participant' as const }));
      if (problems.length) throw invalid(problems);
      recipients = participants.filter((p) => input.organisationIds!.includes(p.id));
    } else {
      recipients = participants.filter((p) => p.role === 'school');
    }
    if (recipients.length === 0) throw conflict('no-recipients', 'questionnaire.no-recipients');
    const now = ctx.now();
    const closesOn = input.closesOn === undefined ? questionnaire.closes_on : input.closesOn;
    await tx.insertInto('questionnaire_recipients').values(recipients.map((r) => ({ questionnaire_id: id, organisation_id: r.id }))).execute();
    await tx.updateTable('questionnaires').set({ status: 'sent', sent_at: now, sent_by: actor.userId, closes_on: closesOn }).where('id', '=', id).execute();
    const people = await answerersOf(tx, recipients.map((r) => r.id));
    for (const organisation of recipients) {
      await notify(
        tx,
        people.filter((p) => p.organisation_id === organisation.id && p.id !== actor.userId).map((p) => p.id),
        {
          kind: 'questionnaire-sent',
          data: {
            questionnaireId: id, title: questionnaire.title, programmeId: questionnaire.programme_id, programmeName: questionnaire.programme_name,
            organisationId: organisation.id, organisationName: organisation.name, closesOn,
          },
          link: `/programmas/${questionnaire.programme_id}/vragenlijsten/${id}`,
        },
        now,
      );
    }
    await ctx.audit({ resource: 'questionnaire', resourceId: id, action: 'send', outcome: 'allowed', context: { recipients: recipients.length } }, tx);
  });
  return getQuestionnaire(ctx, id);
}

export async function closeQuestionnaire(ctx: RequestContext, id: string) {
  await ctx.transaction(async (tx) => {
    const questionnaire = await questionnaireToManage(ctx, id, tx);
    if (questionnaire.status !== 'sent') throw conflict(questionnaire.status === 'draft' ? 'questionnaire-not-sent' : 'questionnaire-closed', questionnaire.status === 'draft' ? 'questionnaire.not-sent' : 'questionnaire.closed');
    await tx.updateTable('questionnaires').set({ status: 'closed', closed_at: ctx.now() }).where('id', '=', id).execute();
    await ctx.audit({ resource: 'questionnaire', resourceId: id, action: 'close', outcome: 'allowed' }, tx);
  });
  return getQuestionnaire(ctx, id);
}

export async function listQuestionnaires(ctx: RequestContext, programmeId: string) {
  const programme = await repo.findProgramme(ctx.db, programmeId);
  if (!programme) throw notFound();
  const manages = managesOrganisation(ctx.actor, programme.lead_organisation_id);
  const rows = await repo.questionnairesOfProgramme(ctx.db, programmeId);
  return {
    items: rows
      .filter((q) => manages || q.status !== 'draft')
      .map((q) => ({
        id: q.id,
        programmeId: q.programme_id,
        title: q.title,
        status: q.status,
        sentAt: q.sent_at?.toISOString() ?? null,
        closesOn: q.closes_on,
        questionCount: Number(q.question_count ?? 0),
        recipients: Number(q.recipient_count ?? 0),
        submitted: Number(q.submitted_count ?? 0),
      })),
  };
}

type Recipient = Awaited<ReturnType<typeof repo.recipientsOf>>[number];
const statusOf = (r: { response_status: string | null }) => (r.response_status ?? 'none') as 'none' | 'draft' | 'submitted';

async function responseViews(db: DbOrTx, questionnaireId: string, recipients: Recipient[]) {
  const responses = await Promise.all(recipients.map((r) => (r.response_id ? repo.findResponse(db, questionnaireId, r.id) : undefined)));
  const answers = await repo.answersOf(db, responses.filter((r) => r !== undefined).map((r) => r.id));
  return recipients.map((recipient, i) => {
    const response = responses[i];
    return {
      id: response?.id ?? null,
      questionnaireId,
      organisation: { id: recipient.id, name: recipient.name },
      status: statusOf(recipient),
      submittedAt: response?.submitted_at?.toISOString() ?? null,
      submittedBy: response?.submitted_by ? { id: response.submitted_by, name: response.submitted_by_name! } : null,
      updatedAt: response?.updated_at.toISOString() ?? null,
      answers: answers.filter((a) => a.response_id === response?.id).map((a) => ({ id: a.id, questionId: a.question_id, text: a.text })),
    };
  });
}

/**
 * A questionnaire as the actor may see it: the lead sees everything, including drafts and every school's status;
 * others see a sent questionnaire's questions and, for their own organisations among the recipients, their answers.
 */
export async function getQuestionnaire(ctx: RequestContext, id: string) {
  const actor = requireActor(ctx);
  const questionnaire = await repo.findQuestionnaire(ctx.db, id);
  if (!questionnaire) throw notFound();
  const manages = managesOrganisation(actor, questionnaire.lead_organisation_id);
  if (questionnaire.status === 'draft' && !manages) throw notFound();
  const [questions, recipients] = await Promise.all([repo.questionsOf(ctx.db, id), repo.recipientsOf(ctx.db, id)]);
  const mine = recipients.filter((r) => actor.organisationIds.includes(r.id));
  return {
    id: questionnaire.id,
    programme: { id: questionnaire.programme_id, name: questionnaire.programme_name },
    title: questionnaire.title,
    introduction: questionnaire.introduction,
    status: questionnaire.status,
    sentAt: questionnaire.sent_at?.toISOString() ?? null,
    closesOn: questionnaire.closes_on,
    questions: questions.map((q) => ({ id: q.id, position: q.position, text: q.text, hint: q.hint })),
    recipients: (manages ? recipients : mine).map((r) => ({
      organisation: { id: r.id, name: r.name, kind: r.kind },
      responseStatus: statusOf(r),
      submittedAt: r.submitted_at?.toISOString() ?? null,
    })),
    myResponses: await responseViews(ctx.db, id, mine),
    canManage: manages,
  };
}

export async function getResponse(ctx: RequestContext, id: string, organisationId: string) {
  const actor = requireActor(ctx);
  const questionnaire = await repo.findQuestionnaire(ctx.db, id);
  if (!questionnaire || (questionnaire.status === 'draft' && !managesOrganisation(actor, questionnaire.lead_organisation_id))) throw notFound();
  const recipient = (await repo.recipientsOf(ctx.db, id)).find((r) => r.id === organisationId);
  if (!recipient) throw notFound();
  if (!managesOrganisation(actor, questionnaire.lead_organisation_id) && !actor.organisationIds.includes(organisationId)) throw notYourOrganisation(id, organisationId);
  const [view] = await responseViews(ctx.db, id, [recipient]);
  return view!;
}

function notYourOrganisation(questionnaireId: string, organisationId: string) {
  return new Problem(403, 'not-your-organisation', 'questionnaire.not-your-organisation', {
    audit: { resource: 'questionnaire-response', resourceId: questionnaireId, action: 'answer', outcome: 'denied', context: { reason: 'not-a-member', organisationId } },
  });
}

/**
 * A school answers for itself: only people of that organisation, only while the questionnaire is open, only for an
 * organisation it was sent to. Saving keeps a draft; `submit` sends it in (and tells the programme lead). A
 * submitted response can still be improved until the questionnaire closes, and stays submitted.
 */
export async function answerQuestionnaire(ctx: RequestContext, id: string, organisationId: string, input: { answers: { questionId: string; text: string }[]; submit: boolean }) {
  const actor = requireActor(ctx);
  const today = dayOf(ctx.now());
  await ctx.transaction(async (tx) => {
    const questionnaire = await repo.findQuestionnaire(tx, id);
    if (!questionnaire || questionnaire.status === 'draft') throw notFound();
    if (questionnaire.status === 'closed' || (questionnaire.closes_on !== null && questionnaire.closes_on < today)) throw conflict('questionnaire-closed', 'questionnaire.closed');
    const recipient = await tx.selectFrom('questionnaire_recipients').select('organisation_id').where('questionnaire_id', '=', id).where('organisation_id', '=', organisationId).executeTakeFirst();
    if (!recipient) throw invalidField('organisationId', 'not-in-programme', 'questionnaire.not-a-recipient');
    if (!actor.organisationIds.includes(organisationId)) throw notYourOrganisation(id, organisationId);

    const questions = await repo.questionsOf(tx, id);
    const problems: InvalidParam[] = input.answers
      .map((a, i) => ({ a, i }))
      .filter(({ a }) => !questions.some((q) => q.id === a.questionId))
      .map(({ i }) => ({ name: `answers.${i}.questionId`, code: 'unknown-question', reason: 'questionnaire.unknown-question' as const }));
    if (problems.length) throw invalid(problems);
    // The last answer to a question wins; an empty answer removes it.
    const byQuestion = new Map(input.answers.map((a) => [a.questionId, a.text]));
    const now = ctx.now();
    const response = await tx
      .insertInto('questionnaire_responses')
      .values({
        questionnaire_id: id,
        organisation_id: organisationId,
        status: input.submit ? 'submitted' : 'draft',
        submitted_at: input.submit ? now : null,
        submitted_by: input.submit ? actor.userId : null,
        updated_at: now,
        updated_by: actor.userId,
      })
      .onConflict((oc) =>
        oc.columns(['questionnaire_id', 'organisation_id']).doUpdateSet((eb) => ({
          status: input.submit ? sql.lit('submitted') : eb.ref('questionnaire_responses.status'),
          submitted_at: input.submit ? eb.ref('excluded.submitted_at') : eb.ref('questionnaire_responses.submitted_at'),
          submitted_by: input.submit ? eb.ref('excluded.submitted_by') : eb.ref('questionnaire_responses.submitted_by'),
          updated_at: eb.ref('excluded.updated_at'),
          updated_by: eb.ref('excluded.updated_by'),
        })),
      )
      .returning(['id', 'status'])
      .executeTakeFirstOrThrow();
    const filled = [...byQuestion].filter(([, text]) => text !== '');
    const emptied = [...byQuestion].filter(([, text]) => text === '').map(([questionId]) => questionId);
    if (emptied.length) await tx.deleteFrom('questionnaire_answers').where('response_id', '=', response.id).where('question_id', 'in', emptied).execute();
    if (filled.length) {
      await tx
        .insertInto('questionnaire_answers')
        .values(filled.map(([question_id, text]) => ({ response_id: response.id, question_id, text })))
        .onConflict((oc) => oc.columns(['response_id', 'question_id']).doUpdateSet((eb) => ({ text: eb.ref('excluded.text') })))
        .execute();
    }
    if (input.submit) {
      const remaining = await tx.selectFrom('questionnaire_answers').select('id').where('response_id', '=', response.id).limit(1).execute();
      if (remaining.length === 0) throw invalidField('answers', 'empty', 'questionnaire.empty-response');
      const organisation = await tx.selectFrom('organisations').select('name').where('id', '=', organisationId).executeTakeFirstOrThrow();
      const leads = await tx
        .selectFrom('role_grants as g')
        .innerJoin('users as u', 'u.id', 'g.user_id')
        .select('u.id')
        .where('g.role', '=', 'programme-lead')
        .where('g.organisation_id', '=', questionnaire.lead_organisation_id)
        .where('u.is_active', '=', true)
        .execute();
      await notify(
        tx,
        leads.map((l) => l.id).filter((leadId) => leadId !== actor.userId),
        {
          kind: 'questionnaire-submitted',
          data: { questionnaireId: id, title: questionnaire.title, programmeId: questionnaire.programme_id, organisationId, organisationName: organisation.name },
          link: `/programmas/${questionnaire.programme_id}/vragenlijsten/${id}/vergelijking`,
        },
        now,
      );
    }
    await ctx.audit(
      { resource: 'questionnaire-response', resourceId: response.id, action: input.submit ? 'submit' : 'save', outcome: 'allowed', context: { questionnaireId: id, organisationId, answers: byQuestion.size } },
      tx,
    );
  });
  return getResponse(ctx, id, organisationId);
}

/** Every school's submitted answers side by side, question by question: for the programme lead. */
export async function compareResponses(ctx: RequestContext, id: string) {
  const questionnaire = await questionnaireToManage(ctx, id, ctx.db);
  const [questions, recipients, answers, projects] = await Promise.all([
    repo.questionsOf(ctx.db, id),
    repo.recipientsOf(ctx.db, id),
    repo.submittedAnswers(ctx.db, id),
    repo.projectsOf(ctx.db, questionnaire.programme_id),
  ]);
  return {
    questionnaire: { id, title: questionnaire.title, status: questionnaire.status, programme: { id: questionnaire.programme_id, name: questionnaire.programme_name } },
    recipients: recipients.map((r) => ({
      organisation: { id: r.id, name: r.name, kind: r.kind },
      responseStatus: statusOf(r),
      submittedAt: r.submitted_at?.toISOString() ?? null,
      // Where the answers can become goals: the school's project in this programme, if it has one.
      projectId: projects.find((p) => p.organisation_id === r.id)?.id ?? null,
    })),
    questions: questions.map((q) => ({
      id: q.id,
      position: q.position,
      text: q.text,
      hint: q.hint,
      answers: answers.filter((a) => a.question_id === q.id).map((a) => ({ answerId: a.id, organisation: { id: a.organisation_id, name: a.organisation_name }, text: a.text })),
    })),
  };
}
