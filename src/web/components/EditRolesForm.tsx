import { ButtonGroup, Heading2, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError, type UserAccount } from '../api/client';
import type { AdminChoices } from './adminChoices';
import { ErrorAlert } from './Feedback';
import { type GrantDraft, RolesEditor, toDrafts, toGrants } from './RolesEditor';
import { toApiError } from './useLoad';

interface EditRolesFormProps {
  user: UserAccount;
  choices: AdminChoices;
  onSaved: (user: UserAccount) => void;
  onCancel: () => void;
}

/** Changes one user's roles. */
export function EditRolesForm({ user, choices, onSaved, onCancel }: EditRolesFormProps) {
  const { t } = useTranslation();
  const [grants, setGrants] = useState<GrantDraft[]>(() => toDrafts(user.roles));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), [user.id]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.updateUser(user.id, { roles: toGrants(grants) }));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="edit-roles" className="dichtbij-panel">
      <Heading2 id="edit-roles" ref={heading} tabIndex={-1}>
        {t('users.editRolesHeading', { name: user.name })}
      </Heading2>
      <ErrorAlert error={error} />
      <form onSubmit={onSubmit} noValidate className="dichtbij-form">
        <RolesEditor grants={grants} onChange={setGrants} choices={choices} errors={error?.fieldErrors ?? {}} defaultOrganisationId={user.organisationIds[0] ?? ''} />
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} aria-disabled={busy || undefined}>
            {busy ? t('common.saving') : t('common.save')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onCancel}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </ButtonGroup>
      </form>
    </section>
  );
}
