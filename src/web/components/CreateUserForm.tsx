import { ButtonGroup, Heading2, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError, JOB_FUNCTIONS, type NewUser, type UserAccount } from '../api/client';
import type { AdminChoices } from './adminChoices';
import { ErrorAlert } from './Feedback';
import { useLabels } from './labels';
import { type GrantDraft, RolesEditor, toGrants } from './RolesEditor';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { toApiError } from './useLoad';

interface Draft {
  name: string;
  email: string;
  jobFunction: string;
  organisationId: string;
  password: string;
  roles: GrantDraft[];
}

const emptyDraft = (): Draft => ({
  name: '',
  email: '',
  jobFunction: '',
  organisationId: '',
  password: '',
  roles: [{ role: 'professional', organisationId: '', areaId: '' }],
});

/** Creates a user account; the server validates and says what is wrong, per field. */
interface CreateUserFormProps {
  id?: string;
  choices: AdminChoices;
  onCreated: (user: UserAccount) => void;
  onCancel: () => void;
}

export function CreateUserForm({ id, choices, onCreated, onCancel }: CreateUserFormProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = error?.fieldErrors ?? {};
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  // Roles that followed the organisation keep following it.
  const setOrganisation = (organisationId: string) =>
    setDraft((d) => ({
      ...d,
      organisationId,
      roles: d.roles.map((g) => (g.organisationId === '' || g.organisationId === d.organisationId ? { ...g, organisationId } : g)),
    }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      // Empty fields are left out, so the server answers "required" rather than "wrong format".
      const fields = { name: draft.name, email: draft.email, jobFunction: draft.jobFunction, organisationId: draft.organisationId, password: draft.password };
      const filled = Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ''));
      const created = await api.createUser({ ...filled, roles: toGrants(draft.roles) } as NewUser);
      setDraft(emptyDraft());
      onCreated(created);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id={id} aria-labelledby="create-user" className="dichtbij-panel">
      <Heading2 id="create-user" ref={heading} tabIndex={-1}>
        {t('users.createHeading')}
      </Heading2>
      <ErrorAlert error={error} />
      <form onSubmit={onSubmit} noValidate className="dichtbij-form">
        <div className="dichtbij-form__grid">
          <TextField label={t('users.name')} name="name" autoComplete="off" value={draft.name} onChange={(v) => set('name', v)} errorMessage={errors.name} required />
          <TextField label={t('users.email')} name="email" type="email" autoComplete="off" value={draft.email} onChange={(v) => set('email', v)} errorMessage={errors.email} required />
          <SelectField
            label={t('users.jobFunction')}
            name="jobFunction"
            value={draft.jobFunction}
            emptyOption={t('users.noJobFunction')}
            options={JOB_FUNCTIONS.map((f) => ({ value: f, label: labels.jobFunction(f) }))}
            onChange={(v) => set('jobFunction', v)}
            errorMessage={errors.jobFunction}
          />
          <SelectField
            label={t('users.organisation')}
            name="organisationId"
            value={draft.organisationId}
            emptyOption={t('users.chooseOrganisation')}
            options={choices.organisationOptions}
            onChange={setOrganisation}
            errorMessage={errors.organisationId}
            required
          />
        </div>
        <RolesEditor grants={draft.roles} onChange={(roles) => set('roles', roles)} choices={choices} errors={errors} defaultOrganisationId={draft.organisationId} />
        <TextField
          label={t('users.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          description={t('users.passwordHint')}
          value={draft.password}
          onChange={(v) => set('password', v)}
          errorMessage={errors.password}
          required
        />
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} aria-disabled={busy || undefined}>
            {busy ? t('common.saving') : t('users.submit')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onCancel}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </ButtonGroup>
      </form>
    </section>
  );
}
