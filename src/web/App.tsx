import { BrowserRouter, Route, Routes } from 'react-router';
import { RequirePermission, RequireSession } from './components/Guards';
import { Layout } from './components/Layout';
import { SessionProvider } from './components/session';
import { AccessRequestsPage } from './routes/AccessRequests';
import { AuditPage } from './routes/Audit';
import { DirectoryPage } from './routes/Directory';
import { FamilyPage } from './routes/FamilyPage';
import { HomePage } from './routes/Home';
import { GroupPage, GroupsPage, PostPage } from './routes/Learning';
import { NotificationsPage } from './routes/Notifications';
import { ProgrammeOverviewPage } from './routes/ProgrammeOverview';
import { ProgrammePage, ProgrammesPage } from './routes/Programmes';
import { ProjectPage } from './routes/ProjectPage';
import { ComparisonPage, QuestionnairePage } from './routes/Questionnaire';
import { CompletionsPage, TrainingPage, TrainingsPage } from './routes/Training';
import { InboxPage } from './routes/Inbox';
import { MonitoringDashboardPage, MonitoringHomePage } from './routes/Monitoring';
import { MonitoringIndicatorPage } from './routes/MonitoringIndicator';
import { MyFamiliesPage } from './routes/MyFamilies';
import { NewRequestPage } from './routes/NewRequest';
import { NotFoundPage } from './routes/NotFound';
import { OrganisationPage } from './routes/OrganisationPage';
import { PathwayEditorPage } from './routes/PathwayEditor';
import { PathwayPage } from './routes/PathwayPage';
import { PathwaysPage } from './routes/Pathways';
import { ProfessionalPage } from './routes/ProfessionalPage';
import { RegisterFamilyPage } from './routes/RegisterFamily';
import { RequestPage } from './routes/RequestPage';
import { RequestsPage } from './routes/Requests';
import { SignalsPage } from './routes/Signals';
import { SignInPage } from './routes/SignIn';
import { SupportTeamsPage, TeamBoardPage } from './routes/SupportTeams';
import { TokensPage } from './routes/Tokens';
import { UsersPage } from './routes/Users';
import { WaitingListPage } from './routes/WaitingList';

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route path="/inloggen" element={<SignInPage />} />
            <Route path="/" element={<RequireSession><HomePage /></RequireSession>} />
            <Route
              path="/netwerk"
              element={<RequireSession><RequirePermission permission="directory:read"><DirectoryPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/netwerk/organisaties/:id"
              element={<RequireSession><RequirePermission permission="directory:read"><OrganisationPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/netwerk/professionals/:id"
              element={<RequireSession><RequirePermission permission="directory:read"><ProfessionalPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/gezinnen"
              element={<RequireSession><RequirePermission permission="cases:read"><MyFamiliesPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/gezinnen/nieuw"
              element={<RequireSession><RequirePermission permission="cases:write"><RegisterFamilyPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/gezinnen/:id"
              element={<RequireSession><RequirePermission permission="cases:read"><FamilyPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/toegang"
              element={<RequireSession><RequirePermission permission="cases:read"><AccessRequestsPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/inbox"
              element={<RequireSession><RequirePermission permission="inbox:read"><InboxPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/signalen"
              element={<RequireSession><RequirePermission permission="signals:write"><SignalsPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/hulpvragen"
              element={<RequireSession><RequirePermission permission="requests:work"><RequestsPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/hulpvragen/nieuw"
              element={<RequireSession><RequirePermission permission="requests:work"><NewRequestPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/hulpvragen/:id"
              element={<RequireSession><RequirePermission permission="requests:work"><RequestPage /></RequirePermission></RequireSession>}
            />
            <Route path="/zorgpaden" element={<RequireSession><PathwaysPage /></RequireSession>} />
            <Route
              path="/zorgpaden/nieuw"
              element={<RequireSession><RequirePermission permission="pathways:manage"><PathwayEditorPage /></RequirePermission></RequireSession>}
            />
            <Route path="/zorgpaden/:id" element={<RequireSession><PathwayPage /></RequireSession>} />
            <Route
              path="/zorgpaden/:id/bewerken"
              element={<RequireSession><RequirePermission permission="pathways:manage"><PathwayEditorPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/ondersteuningsteam"
              element={<RequireSession><RequirePermission permission="requests:work"><SupportTeamsPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/ondersteuningsteam/:id"
              element={<RequireSession><RequirePermission permission="requests:work"><TeamBoardPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/wachtlijst"
              element={<RequireSession><RequirePermission permission="requests:work"><WaitingListPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/beheer/gebruikers"
              element={<RequireSession><RequirePermission permission="users:manage"><UsersPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/beheer/audit"
              element={<RequireSession><RequirePermission permission="audit:read"><AuditPage /></RequirePermission></RequireSession>}
            />
            <Route
              path="/account/tokens"
              element={<RequireSession><RequirePermission permission="api-tokens:manage"><TokensPage /></RequirePermission></RequireSession>}
            />
            <Route path="/programmas" element={<RequireSession><RequirePermission permission="programmes:read"><ProgrammesPage /></RequirePermission></RequireSession>} />
            <Route path="/programmas/:id" element={<RequireSession><RequirePermission permission="programmes:read"><ProgrammePage /></RequirePermission></RequireSession>} />
            <Route path="/programmas/:id/overzicht" element={<RequireSession><RequirePermission permission="programmes:read"><ProgrammeOverviewPage /></RequirePermission></RequireSession>} />
            <Route path="/programmas/:id/projecten/:projectId" element={<RequireSession><RequirePermission permission="programmes:read"><ProjectPage /></RequirePermission></RequireSession>} />
            <Route path="/programmas/:id/vragenlijsten/:qid" element={<RequireSession><RequirePermission permission="programmes:read"><QuestionnairePage /></RequirePermission></RequireSession>} />
            <Route path="/programmas/:id/vragenlijsten/:qid/vergelijking" element={<RequireSession><RequirePermission permission="programmes:manage"><ComparisonPage /></RequirePermission></RequireSession>} />
            <Route path="/leernetwerk" element={<RequireSession><RequirePermission permission="learning:participate"><GroupsPage /></RequirePermission></RequireSession>} />
            <Route path="/leernetwerk/groepen/:id" element={<RequireSession><RequirePermission permission="learning:participate"><GroupPage /></RequirePermission></RequireSession>} />
            <Route path="/leernetwerk/groepen/:groupId/berichten/:postId" element={<RequireSession><RequirePermission permission="learning:participate"><PostPage /></RequirePermission></RequireSession>} />
            <Route path="/scholing" element={<RequireSession><RequirePermission permission="programmes:read"><TrainingsPage /></RequirePermission></RequireSession>} />
            <Route path="/scholing/voltooiing" element={<RequireSession><RequirePermission permission="programmes:read"><CompletionsPage /></RequirePermission></RequireSession>} />
            <Route path="/scholing/:id" element={<RequireSession><RequirePermission permission="programmes:read"><TrainingPage /></RequirePermission></RequireSession>} />
            <Route path="/monitoring" element={<RequireSession><RequirePermission permission="monitoring:read"><MonitoringHomePage /></RequirePermission></RequireSession>} />
            <Route path="/monitoring/:area" element={<RequireSession><RequirePermission permission="monitoring:read"><MonitoringDashboardPage /></RequirePermission></RequireSession>} />
            <Route path="/monitoring/:area/:code" element={<RequireSession><RequirePermission permission="monitoring:read"><MonitoringIndicatorPage /></RequirePermission></RequireSession>} />
            <Route path="/meldingen" element={<RequireSession><RequirePermission permission="inbox:read"><NotificationsPage /></RequirePermission></RequireSession>} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
