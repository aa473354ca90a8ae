import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';
import { TaskCard } from '../components/TaskCard';
import { MyProgrammes } from '../components/programmes/MyProgrammes';
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
      {can('programmes:read') && <MyProgrammes isLead={hasRole('programme-lead')} />}
      <Paragraph>{t('home.tasks')}</Paragraph>
      <ul className="dichtbij-cards">
        {can('inbox:read') && <TaskCard to="/inbox" title={t('home.cards.inbox.title')} body={t('home.cards.inbox.body')} />}
        {can('cases:read') && <TaskCard to="/gezinnen" title={t('home.cards.families.title')} body={t('home.cards.families.body')} />}
        {can('requests:work') && <TaskCard to="/hulpvragen" title={t('home.cards.requests.title')} body={t('home.cards.requests.body')} />}
        {can('signals:write') && <TaskCard to="/signalen" title={t('home.cards.signals.title')} body={t('home.cards.signals.body')} />}
        {can('requests:work') && <TaskCard to="/ondersteuningsteam" title={t('home.cards.teams.title')} body={t('home.cards.teams.body')} />}
        {can('requests:work') && <TaskCard to="/wachtlijst" title={t('home.cards.waitingList.title')} body={t('home.cards.waitingList.body')} />}
        <TaskCard to="/zorgpaden" title={t('home.cards.pathways.title')} body={t('home.cards.pathways.body')} />
        {can('directory:read') && <TaskCard to="/netwerk" title={t('home.cards.directory.title')} body={t('home.cards.directory.body')} />}
        {can('users:manage') && <TaskCard to="/beheer/gebruikers" title={t('home.cards.users.title')} body={t('home.cards.users.body')} />}
        {can('audit:read') && <TaskCard to="/beheer/audit" title={t('home.cards.audit.title')} body={t('home.cards.audit.body')} />}
        {hasRole('policy-officer') && (
          <TaskCard title={t('home.cards.monitoring.title')} body={t('home.cards.monitoring.body')} />
        )}
        {can('programmes:read') && <TaskCard to="/programmas" title={t('programmes.home.card.title')} body={t('programmes.home.card.body')} />}
        {can('learning:participate') && <TaskCard to="/leernetwerk" title={t('learning.card.title')} body={t('learning.card.body')} />}
        {can('programmes:read') && <TaskCard to="/scholing" title={t('training.card.title')} body={t('training.card.body')} />}
        {can('api-tokens:manage') && <TaskCard to="/account/tokens" title={t('home.cards.tokens.title')} body={t('home.cards.tokens.body')} />}
      </ul>
    </>
  );
}
