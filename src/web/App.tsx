import { BrowserRouter, Route, Routes } from 'react-router';
import { RequirePermission, RequireSession } from './components/Guards';
import { Layout } from './components/Layout';
import { SessionProvider } from './components/session';
import { AccessRequestsPage } from './routes/AccessRequests';
import { AuditPage } from './routes/Audit';
import { DirectoryPage } from './routes/Directory';
import { FamilyPage } from './routes/FamilyPage';
import { HomePage } from './routes/Home';
import { MyFamiliesPage } from './routes/MyFamilies';
import { NotFoundPage } from './routes/NotFound';
import { OrganisationPage } from './routes/OrganisationPage';
import { ProfessionalPage } from './routes/ProfessionalPage';
import { RegisterFamilyPage } from './routes/RegisterFamily';
import { SignInPage } from './routes/SignIn';
import { TokensPage } from './routes/Tokens';
import { UsersPage } from './routes/Users';

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
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
