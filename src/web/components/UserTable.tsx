import {
  ButtonGroup,
  SecondaryActionButton,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { UserAccount } from '../api/client';
import type { AdminChoices } from './adminChoices';
import { useLabels } from './labels';

interface UserTableProps {
  users: UserAccount[];
  choices: AdminChoices;
  busy: boolean;
  onToggleActive: (user: UserAccount) => void;
  onEditRoles: (user: UserAccount) => void;
}

export const editRolesButtonId = (userId: string) => `edit-roles-${userId}`;

export function UserTable({ users, choices, busy, onToggleActive, onEditRoles }: UserTableProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const grantLabel = (grant: UserAccount['roles'][number]) => {
    const role = labels.role(grant.role);
    if (grant.organisationId) return t('users.withOrganisation', { role, organisation: choices.organisationName(grant.organisationId) });
    if (grant.areaId) return t('users.withArea', { role, area: choices.areaName(grant.areaId) });
    return role;
  };

  return (
    <div className="utrecht-table-container dichtbij-table-container">
      <Table busy={busy}>
        <TableCaption className="dichtbij-visually-hidden">{t('users.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('users.nameAndEmail')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.jobFunction')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.roles')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((user) => (
            <TableRow key={user.id}>
              <TableHeaderCell scope="row">
                {user.name}
                <span className="dichtbij-secondary">{user.email}</span>
              </TableHeaderCell>
              <TableCell>{labels.jobFunction(user.jobFunction)}</TableCell>
              <TableCell>
                <ul className="dichtbij-plain-list">
                  {user.roles.map((grant, i) => (
                    <li key={i}>{grantLabel(grant)}</li>
                  ))}
                </ul>
              </TableCell>
              <TableCell>
                <StatusBadge status={user.isActive ? 'active' : 'inactive'}>{user.isActive ? t('users.active') : t('users.inactive')}</StatusBadge>
              </TableCell>
              <TableCell>
                <ButtonGroup className="dichtbij-row-actions">
                  <SecondaryActionButton
                    type="button"
                    aria-label={user.isActive ? t('users.deactivateLabel', { name: user.name }) : t('users.activateLabel', { name: user.name })}
                    onClick={() => onToggleActive(user)}
                  >
                    {user.isActive ? t('users.deactivate') : t('users.activate')}
                  </SecondaryActionButton>
                  <SecondaryActionButton
                    type="button"
                    id={editRolesButtonId(user.id)}
                    aria-label={t('users.editRolesLabel', { name: user.name })}
                    onClick={() => onEditRoles(user)}
                  >
                    {t('users.editRoles')}
                  </SecondaryActionButton>
                </ButtonGroup>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
