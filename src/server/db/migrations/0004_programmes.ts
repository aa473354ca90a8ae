import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code. It depends on 0001 only (areas,
// organisations, users), so it runs whether or not the migrations numbered around it have run.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Programmes (programma's) with a lead organisation (penvoerder), their areas and participating organisations.
    create table programmes (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      aim text not null,
      lead_organisation_id uuid not null references organisations (id),
      status text not null default 'preparing' check (status in ('preparing', 'running', 'completed', 'stopped')),
      starts_on date not null,
      ends_on date,
      -- Progress reports are due per period of this many months, aligned to the calendar year.
      report_every_months integer not null default 3 check (report_every_months in (1, 3, 6, 12)),
      -- Codes of the standard indicators (DOMAIN.md section 5) this programme follows; figures come from monitoring.
      indicator_codes text[] not null default '{}',
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_on is null or ends_on >= starts_on)
    );
    create index programmes_lead on programmes (lead_organisation_id);
    create index programmes_name on programmes (lower(name));

    create table programme_areas (
      programme_id uuid not null references programmes (id) on delete cascade,
      area_id uuid not null references areas (id),
      primary key (programme_id, area_id)
    );
    create index programme_areas_area on programme_areas (area_id);

    create table programme_organisations (
      programme_id uuid not null references programmes (id) on delete cascade,
      organisation_id uuid not null references organisations (id),
      role text not null check (role in ('lead', 'school', 'partner', 'funder', 'knowledge-partner')),
      joined_on date not null,
      primary key (programme_id, organisation_id)
    );
    create index programme_organisations_organisation on programme_organisations (organisation_id);

    -- Projects within a programme, often one per school, with their own goals and partners.
    create table projects (
      id uuid primary key default gen_random_uuid(),
      programme_id uuid not null references programmes (id) on delete cascade,
      name text not null,
      description text,
      organisation_id uuid references organisations (id),
      status text not null default 'preparing' check (status in ('preparing', 'running', 'completed', 'stopped')),
      starts_on date,
      ends_on date,
      indicator_codes text[] not null default '{}',
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_on is null or starts_on is null or ends_on >= starts_on)
    );
    create index projects_programme on projects (programme_id);
    create index projects_organisation on projects (organisation_id);

    create table project_partners (
      project_id uuid not null references projects (id) on delete cascade,
      organisation_id uuid not null references organisations (id),
      contribution text,
      primary key (project_id, organisation_id)
    );
    create index project_partners_organisation on project_partners (organisation_id);

    -- Collecting questions and goals (ophalen van vragen en doelstellingen): a questionnaire sent to schools.
    create table questionnaires (
      id uuid primary key default gen_random_uuid(),
      programme_id uuid not null references programmes (id) on delete cascade,
      title text not null,
      introduction text,
      status text not null default 'draft' check (status in ('draft', 'sent', 'closed')),
      closes_on date,
      sent_at timestamptz,
      sent_by uuid references users (id),
      closed_at timestamptz,
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    );
    create index questionnaires_programme on questionnaires (programme_id);

    create table questionnaire_questions (
      id uuid primary key default gen_random_uuid(),
      questionnaire_id uuid not null references questionnaires (id) on delete cascade,
      position integer not null,
      text text not null,
      hint text,
      unique (questionnaire_id, position)
    );

    create table questionnaire_recipients (
      questionnaire_id uuid not null references questionnaires (id) on delete cascade,
      organisation_id uuid not null references organisations (id),
      primary key (questionnaire_id, organisation_id)
    );
    create index questionnaire_recipients_organisation on questionnaire_recipients (organisation_id);

    -- One response per school: its answers are kept per school, so they can be compared.
    create table questionnaire_responses (
      id uuid primary key default gen_random_uuid(),
      questionnaire_id uuid not null,
      organisation_id uuid not null,
      status text not null default 'draft' check (status in ('draft', 'submitted')),
      submitted_at timestamptz,
      submitted_by uuid references users (id),
      updated_at timestamptz not null,
      updated_by uuid references users (id),
      unique (questionnaire_id, organisation_id),
      foreign key (questionnaire_id, organisation_id) references questionnaire_recipients (questionnaire_id, organisation_id) on delete cascade
    );

    create table questionnaire_answers (
      id uuid primary key default gen_random_uuid(),
      response_id uuid not null references questionnaire_responses (id) on delete cascade,
      question_id uuid not null references questionnaire_questions (id) on delete cascade,
      text text not null,
      unique (response_id, question_id)
    );
    create index questionnaire_answers_question on questionnaire_answers (question_id);

    create table project_goals (
      id uuid primary key default gen_random_uuid(),
      project_id uuid not null references projects (id) on delete cascade,
      description text not null,
      target text,
      status text not null default 'open' check (status in ('open', 'in-progress', 'achieved', 'not-achieved', 'dropped')),
      -- The school's answer this goal was made from, when it was.
      source_answer_id uuid references questionnaire_answers (id) on delete set null,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index project_goals_project on project_goals (project_id);

    -- Periodic progress reports per programme (project_id null) or project: what was done, learned, next.
    create table progress_reports (
      id uuid primary key default gen_random_uuid(),
      programme_id uuid not null references programmes (id) on delete cascade,
      project_id uuid references projects (id) on delete cascade,
      period_start date not null,
      period_end date not null,
      done text not null,
      learned text not null,
      next_steps text not null,
      author_id uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (period_end >= period_start)
    );
    create unique index progress_reports_period on progress_reports
      (programme_id, coalesce(project_id, '00000000-0000-0000-0000-000000000000'), period_start, period_end);
    create index progress_reports_project on progress_reports (project_id);

    -- Learning network (leernetwerk): themed groups of professionals. Never data about a child.
    create table learning_groups (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      description text not null,
      theme text,
      programme_id uuid references programmes (id) on delete set null,
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    );
    create index learning_groups_programme on learning_groups (programme_id);

    create table group_members (
      group_id uuid not null references learning_groups (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      role text not null default 'member' check (role in ('member', 'moderator')),
      joined_at timestamptz not null,
      primary key (group_id, user_id)
    );
    create index group_members_user on group_members (user_id);

    create table group_posts (
      id uuid primary key default gen_random_uuid(),
      group_id uuid not null references learning_groups (id) on delete cascade,
      author_id uuid not null references users (id),
      title text,
      body text not null,
      created_at timestamptz not null,
      -- The post or its latest reply: groups and posts are listed by it.
      last_activity_at timestamptz not null
    );
    create index group_posts_group on group_posts (group_id, last_activity_at desc);

    create table post_replies (
      id uuid primary key default gen_random_uuid(),
      post_id uuid not null references group_posts (id) on delete cascade,
      author_id uuid not null references users (id),
      body text not null,
      created_at timestamptz not null
    );
    create index post_replies_post on post_replies (post_id, created_at);

    -- Files with a post or a reply, kept in the database; size and type are checked before they get here.
    create table attachments (
      id uuid primary key default gen_random_uuid(),
      post_id uuid references group_posts (id) on delete cascade,
      reply_id uuid references post_replies (id) on delete cascade,
      -- The order in which they were attached.
      position integer not null default 0,
      file_name text not null,
      content_type text not null,
      size_bytes integer not null check (size_bytes >= 0),
      sha256 text not null,
      data bytea not null,
      uploaded_by uuid not null references users (id),
      created_at timestamptz not null,
      check (num_nonnulls(post_id, reply_id) = 1)
    );
    create index attachments_post on attachments (post_id) where post_id is not null;
    create index attachments_reply on attachments (reply_id) where reply_id is not null;

    -- Training (scholing): modules with sessions, enrolment, attendance and completion per module.
    create table trainings (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      description text not null,
      provider text,
      programme_id uuid references programmes (id) on delete set null,
      organiser_organisation_id uuid not null references organisations (id),
      is_enrolment_open boolean not null default true,
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    );
    create index trainings_programme on trainings (programme_id);

    create table training_modules (
      id uuid primary key default gen_random_uuid(),
      training_id uuid not null references trainings (id) on delete cascade,
      position integer not null,
      title text not null,
      description text,
      unique (training_id, position)
    );

    create table training_sessions (
      id uuid primary key default gen_random_uuid(),
      module_id uuid not null references training_modules (id) on delete cascade,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      mode text not null check (mode in ('online', 'on-location')),
      location text,
      online_url text,
      created_at timestamptz not null default now(),
      check (ends_at > starts_at)
    );
    create index training_sessions_module on training_sessions (module_id, starts_at);

    create table training_enrolments (
      id uuid primary key default gen_random_uuid(),
      training_id uuid not null references trainings (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      -- The organisation the professional took part for, fixed at enrolment: completions are counted per organisation.
      organisation_id uuid references organisations (id),
      enrolled_at timestamptz not null,
      unique (training_id, user_id)
    );
    create index training_enrolments_user on training_enrolments (user_id);
    create index training_enrolments_organisation on training_enrolments (organisation_id);

    create table session_attendance (
      session_id uuid not null references training_sessions (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      attended boolean not null,
      recorded_by uuid references users (id),
      recorded_at timestamptz not null,
      primary key (session_id, user_id)
    );

    create table module_completions (
      module_id uuid not null references training_modules (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      completed_on date not null,
      recorded_by uuid references users (id),
      recorded_at timestamptz not null,
      primary key (module_id, user_id)
    );
    create index module_completions_user on module_completions (user_id);

    -- Notifications for a person (replies, new posts, questionnaires to answer): kind + data + link.
    create table notifications (
      id uuid primary key default gen_random_uuid(),
      recipient_id uuid not null references users (id) on delete cascade,
      kind text not null,
      data jsonb not null default '{}',
      link text,
      created_at timestamptz not null,
      read_at timestamptz
    );
    create index notifications_recipient on notifications (recipient_id, created_at desc);
    create index notifications_unread on notifications (recipient_id) where read_at is null;
  `.execute(db);
}
