import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';
import { TaskCard } from '../components/TaskCard';
import { useLabels } from '../components/labels';
import { useSession, useUser } from '../components/session';

export function HomePage() {
  const { t } = useTranslation();
  const user = useUser();
  const { can } = useSession();
  const labels = useLabels();
  const organisations = user.organisations.map((o) => o.name).join(', ');
  const hasRole = (role: string) => user.roles.some((r) => r === role);

  return (
    <>
      <PageTitle title={t('home.title')}>{t('home.greeting', { name: user.name })}</PageTitle>
      {organisations && (
        <Paragraph lead>
          {user.jobFunction
            ? t('home.worksAs', { jobFunction: labels.jobFunction(user.jobFunction), organisations })
            : t('home.worksAt', { organisations })}
        </Paragraph>
      )}
      <Paragraph>{t('home.tasks')}</Paragraph>
      <ul className="dichtbij-cards">
        {can('cases:read') && <TaskCard to="/gezinnen" title={t('home.cards.families.title')} body={t('home.cards.families.body')} />}
        {can('directory:read') && <TaskCard to="/netwerk" title={t('home.cards.directory.title')} body={t('home.cards.directory.body')} />}
        {can('users:manage') && <TaskCard to="/beheer/gebruikers" title={t('home.cards.users.title')} body={t('home.cards.users.body')} />}
        {can('audit:read') && <TaskCard to="/beheer/audit" title={t('home.cards.audit.title')} body={t('home.cards.audit.body')} />}
        {hasRole('policy-officer') && (
          <TaskCard title={t('home.cards.monitoring.title')} body={t('home.cards.monitoring.body')} />
        )}
        {hasRole('programme-lead') && (
          <TaskCard title={t('home.cards.programmes.title')} body={t('home.cards.programmes.body')} />
        )}
        {can('api-tokens:manage') && <TaskCard to="/account/tokens" title={t('home.cards.tokens.title')} body={t('home.cards.tokens.body')} />}
      </ul>
    </>
  );
}
