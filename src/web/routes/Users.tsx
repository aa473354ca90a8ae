import { ButtonGroup, Heading2, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError, type UserAccount } from '../api/client';
import { useAdminChoices } from '../components/adminChoices';
import { CreateUserForm } from '../components/CreateUserForm';
import { EditRolesForm } from '../components/EditRolesForm';
import { ErrorAlert, LiveText, StatusMessage } from '../components/Feedback';
import { PageTitle } from '../components/PageTitle';
import { Pagination } from '../components/Pagination';
import { SearchForm } from '../components/SearchForm';
import { TextField } from '../components/TextField';
import { editRolesButtonId, UserTable } from '../components/UserTable';
import { toApiError, useLoad } from '../components/useLoad';
import { useUrlFilters } from '../components/useUrlFilters';

const USER_FILTERS = ['query'] as const;

export function UsersPage() {
  const { t } = useTranslation();
  const choices = useAdminChoices();
  const filters = useUrlFilters(USER_FILTERS);
  const { query } = filters.applied;
  const users = useLoad((signal) => api.users({ query, page: filters.page }, signal), [query, filters.page]);
  const [message, setMessage] = useState('');
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<UserAccount | null>(null);
  const [creating, setCreating] = useState(false);

  const done = (text: string) => {
    setActionError(null);
    setMessage(text);
    users.reload();
  };

  const toggleActive = async (user: UserAccount) => {
    setMessage('');
    try {
      const updated = await api.updateUser(user.id, { isActive: !user.isActive });
      done(t('users.updated', { name: updated.name }));
    } catch (caught) {
      setActionError(toApiError(caught));
    }
  };

  const closeEditor = (userId: string) => {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(editRolesButtonId(userId))?.focus());
  };

  const closeCreate = () => {
    setCreating(false);
    requestAnimationFrame(() => document.getElementById('new-user-button')?.focus());
  };

  return (
    <>
      <PageTitle title={t('users.title')} />
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert error={choices.error} />
      <ButtonGroup className="dichtbij-page-actions">
        <PrimaryActionButton
          type="button"
          id="new-user-button"
          aria-expanded={creating}
          aria-controls={creating ? 'create-user-panel' : undefined}
          onClick={() => {
            setMessage('');
            setCreating((open) => !open);
          }}
        >
          {t('users.newUser')}
        </PrimaryActionButton>
      </ButtonGroup>
      {creating && (
        <CreateUserForm
          id="create-user-panel"
          choices={choices}
          onCancel={closeCreate}
          onCreated={(created) => {
            closeCreate();
            done(t('users.created', { name: created.name }));
          }}
        />
      )}
      <SearchForm heading={t('users.listHeading')} onSearch={filters.apply} onClear={filters.clear}>
        <TextField label={t('users.searchLabel')} name="query" type="search" value={filters.draft.query} onChange={(v) => filters.setField('query', v)} />
      </SearchForm>
      <section aria-labelledby="user-results" className="dichtbij-results">
        <Heading2 id="user-results" className="dichtbij-visually-hidden">
          {t('directory.results')}
        </Heading2>
        <ErrorAlert error={users.error ?? actionError} />
        <LiveText>
          {users.loading ? t('common.loading') : users.data && (users.data.total === 0 ? t('users.none') : t('users.found', { count: users.data.total }))}
        </LiveText>
        {users.data && users.data.items.length > 0 && (
          <UserTable
            users={users.data.items}
            choices={choices}
            busy={users.loading}
            onToggleActive={(user) => void toggleActive(user)}
            onEditRoles={(user) => {
              setMessage('');
              setEditing(user);
            }}
          />
        )}
        {users.data && <Pagination page={users.data.page} pageSize={users.data.pageSize} total={users.data.total} onPage={filters.setPage} />}
      </section>
      {editing && (
        <EditRolesForm
          key={editing.id}
          user={editing}
          choices={choices}
          onCancel={() => closeEditor(editing.id)}
          onSaved={(updated) => {
            closeEditor(updated.id);
            done(t('users.updated', { name: updated.name }));
          }}
        />
      )}
    </>
  );
}
