import { Fieldset, FieldsetLegend, SecondaryActionButton, SubtleButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type RoleGrant } from '../api/client';
import type { AdminChoices } from './adminChoices';
import { useLabels } from './labels';
import { SelectField } from './SelectField';

export interface GrantDraft {
  role: Role;
  organisationId: string;
  areaId: string;
}

export const toGrants = (drafts: GrantDraft[]): RoleGrant[] =>
  drafts.map((d) => ({ role: d.role, ...(d.organisationId ? { organisationId: d.organisationId } : {}), ...(d.areaId ? { areaId: d.areaId } : {}) }));

export const toDrafts = (grants: { role: Role; organisationId?: string | null; areaId?: string | null }[]): GrantDraft[] =>
  grants.map((g) => ({ role: g.role, organisationId: g.organisationId ?? '', areaId: g.areaId ?? '' }));

interface RolesEditorProps {
  grants: GrantDraft[];
  onChange: (grants: GrantDraft[]) => void;
  choices: AdminChoices;
  /** Field errors from the server, keyed like `roles.0.organisationId`. */
  errors: Record<string, string>;
  /** The organisation a new role starts with. */
  defaultOrganisationId?: string;
}

/** Edits a list of role grants (role, organisation, area); the server checks which combinations are allowed. */
export function RolesEditor({ grants, onChange, choices, errors, defaultOrganisationId = '' }: RolesEditorProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const roleOptions = ROLES.map((role) => ({ value: role, label: labels.role(role) }));
  const update = (index: number, changes: Partial<GrantDraft>) => onChange(grants.map((g, i) => (i === index ? { ...g, ...changes } : g)));

  return (
    <Fieldset className="dichtbij-roles">
      <FieldsetLegend>{t('users.roles')}</FieldsetLegend>
      {errors.roles && <p className="utrecht-form-field-error-message">{errors.roles}</p>}
      {grants.map((grant, index) => (
        <Fieldset key={index} className="dichtbij-grant">
          <FieldsetLegend>{t('users.grantHeading', { number: index + 1 })}</FieldsetLegend>
          <div className="dichtbij-grant__fields">
            <SelectField
              label={t('users.role')}
              name={`roles.${index}.role`}
              value={grant.role}
              options={roleOptions}
              onChange={(value) => update(index, { role: value as Role })}
              errorMessage={errors[`roles.${index}.role`]}
            />
            <SelectField
              label={t('users.roleOrganisation')}
              name={`roles.${index}.organisationId`}
              value={grant.organisationId}
              options={choices.organisationOptions}
              emptyOption={t('common.none')}
              onChange={(value) => update(index, { organisationId: value })}
              errorMessage={errors[`roles.${index}.organisationId`]}
            />
            <SelectField
              label={t('users.roleArea')}
              name={`roles.${index}.areaId`}
              value={grant.areaId}
              options={choices.areaOptions}
              emptyOption={t('common.none')}
              onChange={(value) => update(index, { areaId: value })}
              errorMessage={errors[`roles.${index}.areaId`]}
            />
          </div>
          {grants.length > 1 && (
            <SubtleButton type="button" onClick={() => onChange(grants.filter((_, i) => i !== index))}>
              {t('users.removeRole', { number: index + 1 })}
            </SubtleButton>
          )}
        </Fieldset>
      ))}
      <SecondaryActionButton type="button" onClick={() => onChange([...grants, { role: 'professional', organisationId: defaultOrganisationId, areaId: '' }])}>
        {t('users.addRole')}
      </SecondaryActionButton>
    </Fieldset>
  );
}
