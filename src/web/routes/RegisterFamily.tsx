import { Alert, ButtonGroup, Heading2, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, type ApiError, type NewChild, type NewGuardian } from '../api/client';
import { ChildFieldset, type ChildDraft, emptyChild } from '../components/family/ChildFieldset';
import { emptyGuardian, type GuardianDraft, GuardianFieldset } from '../components/family/GuardianFieldset';
import { useMunicipalities } from '../components/family/useMunicipalities';
import { ErrorAlert } from '../components/Feedback';
import { PageTitle } from '../components/PageTitle';
import { AppLink } from '../components/RouterLink';
import { toApiError } from '../components/useLoad';

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function toNewChild(draft: ChildDraft): NewChild {
  return {
    givenName: draft.givenName,
    familyName: draft.familyName,
    bsn: orNull(draft.bsn),
    birthDate: draft.isUnborn ? null : orNull(draft.birthDate),
    expectedBirthDate: draft.isUnborn ? orNull(draft.expectedBirthDate) : null,
    municipalityCode: draft.municipalityCode,
    schoolId: orNull(draft.schoolId),
  };
}

function toNewGuardian(draft: GuardianDraft): NewGuardian {
  return {
    givenName: draft.givenName,
    familyName: draft.familyName,
    hasParentalAuthority: draft.hasParentalAuthority === 'yes',
    phone: orNull(draft.phone),
    email: orNull(draft.email),
  };
}

/** Registers one or more children (each its own POST /children) and then the family with its guardians. */
export function RegisterFamilyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const municipalities = useMunicipalities();
  const [children, setChildren] = useState<ChildDraft[]>([emptyChild()]);
  const [registered, setRegistered] = useState<(string | undefined)[]>([]);
  const [guardians, setGuardians] = useState<GuardianDraft[]>([emptyGuardian()]);
  const [childErrors, setChildErrors] = useState<{ index: number; error: ApiError } | null>(null);
  const [familyError, setFamilyError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setChildErrors(null);
    setFamilyError(null);
    const ids = [...registered];
    try {
      for (const [index, draft] of children.entries()) {
        if (ids[index]) continue;
        try {
          ids[index] = (await api.registerChild(toNewChild(draft))).id;
          setRegistered([...ids]);
        } catch (caught) {
          setChildErrors({ index, error: toApiError(caught) });
          return;
        }
      }
      try {
        const family = await api.createFamily({ childIds: ids.filter((id): id is string => Boolean(id)), guardians: guardians.map(toNewGuardian) });
        navigate(`/gezinnen/${family.id}`, { state: { message: t('registerFamily.done') } });
      } catch (caught) {
        setFamilyError(toApiError(caught));
      }
    } finally {
      setBusy(false);
    }
  };

  const lastFamilyName = children[children.length - 1]?.familyName ?? '';
  const lastMunicipality = children[children.length - 1]?.municipalityCode ?? '';
  const problem = childErrors?.error ?? familyError;

  return (
    <>
      <p className="dichtbij-back">
        <AppLink to="/gezinnen">{t('myFamilies.back')}</AppLink>
      </p>
      <PageTitle title={t('registerFamily.title')} />
      <Paragraph lead>{t('registerFamily.intro')}</Paragraph>
      <ErrorAlert error={municipalities.error} />
      <div className="dichtbij-feedback">
        {problem && (
          <Alert type="error">
            <Paragraph>
              {childErrors ? t('registerFamily.childProblem', { number: childErrors.index + 1, detail: childErrors.error.problem.detail ?? t('errors.unexpected') }) : (problem.problem.detail ?? t('errors.unexpected'))}
            </Paragraph>
          </Alert>
        )}
      </div>
      <form onSubmit={onSubmit} noValidate className="dichtbij-form dichtbij-form--wide">
        <section aria-labelledby="register-children">
          <Heading2 id="register-children">{t('registerFamily.children')}</Heading2>
          {children.map((draft, index) => (
            <ChildFieldset
              key={index}
              index={index}
              draft={draft}
              municipalities={municipalities.data ?? []}
              registered={Boolean(registered[index])}
              errors={childErrors?.index === index ? childErrors.error.fieldErrors : {}}
              onChange={(next) => setChildren((list) => list.map((c, i) => (i === index ? next : c)))}
              onRemove={children.length > 1 ? () => setChildren((list) => list.filter((_, i) => i !== index)) : undefined}
            />
          ))}
          <SecondaryActionButton type="button" onClick={() => setChildren((list) => [...list, emptyChild(lastFamilyName, lastMunicipality)])}>
            {t('registerFamily.addChild')}
          </SecondaryActionButton>
        </section>
        <section aria-labelledby="register-guardians">
          <Heading2 id="register-guardians">{t('registerFamily.guardians')}</Heading2>
          {guardians.length === 0 && <Paragraph>{t('registerFamily.noGuardians')}</Paragraph>}
          {guardians.map((draft, index) => (
            <GuardianFieldset
              key={index}
              index={index}
              draft={draft}
              errors={familyError?.fieldErrors ?? {}}
              onChange={(next) => setGuardians((list) => list.map((g, i) => (i === index ? next : g)))}
              onRemove={() => setGuardians((list) => list.filter((_, i) => i !== index))}
            />
          ))}
          <SecondaryActionButton type="button" onClick={() => setGuardians((list) => [...list, emptyGuardian()])}>
            {t('registerFamily.addGuardian')}
          </SecondaryActionButton>
        </section>
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} aria-disabled={busy || undefined}>
            {busy ? t('common.saving') : t('registerFamily.submit')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
    </>
  );
}
