import { Navigate, type RouteObject } from 'react-router';
import { SessionProvider } from '@/features/session/SessionProvider';
import { Layout } from './Layout';
import { RequireRole } from './RequireRole';
import { AdminHomePage } from './routes/admin/AdminHomePage';
import { AdminLayout } from './routes/admin/AdminLayout';
import { ApiClientsPage } from './routes/admin/ApiClientsPage';
import { AuditLogPage } from './routes/admin/AuditLogPage';
import { NewApiClientPage } from './routes/admin/NewApiClientPage';
import { NewUserPage } from './routes/admin/NewUserPage';
import { UserPage } from './routes/admin/UserPage';
import { UsersPage } from './routes/admin/UsersPage';
import { CatalogueLayout } from './routes/catalogue/CatalogueLayout';
import { FinderPage } from './routes/catalogue/FinderPage';
import { FundingOverviewPage } from './routes/catalogue/FundingOverviewPage';
import { ItemPage } from './routes/catalogue/ItemPage';
import { EditItemPage } from './routes/editor/EditItemPage';
import { EditorListPage } from './routes/editor/EditorListPage';
import { ItemHistoryPage } from './routes/editor/ItemHistoryPage';
import { NewItemPage } from './routes/editor/NewItemPage';
import { HomePage } from './routes/HomePage';
import { NotFoundPage } from './routes/NotFoundPage';
import { OrganisationsPage } from './routes/OrganisationsPage';
import { RegionDetailPage } from './routes/RegionDetailPage';
import { RegionsPage } from './routes/RegionsPage';
import { RouteError } from './routes/RouteError';
import { AgendaItemPage } from './routes/agenda/AgendaItemPage';
import { AgendaPage } from './routes/agenda/AgendaPage';
import { EditAgendaItemPage } from './routes/agenda/EditAgendaItemPage';
import { NewAgendaItemPage } from './routes/agenda/NewAgendaItemPage';
import { MyOverviewPage } from './routes/overview/MyOverviewPage';
import { ProvincialPlansPage } from './routes/plans/ProvincialPlansPage';
import { MonitorPage } from './routes/quota/MonitorPage';
import { SignInPage } from './routes/SignInPage';
import { NewSignalPage } from './routes/signals/NewSignalPage';
import { SignalDashboardPage } from './routes/signals/SignalDashboardPage';
import { SignalPage } from './routes/signals/SignalPage';
import { SignalsPage } from './routes/signals/SignalsPage';

/** Dutch paths; every page renders inside the session and the layout, the not-found page too. */
export const routes: RouteObject[] = [
  {
    element: (
      <SessionProvider>
        <Layout />
      </SessionProvider>
    ),
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'organisaties', element: <OrganisationsPage /> },
          { path: 'regios', element: <RegionsPage /> },
          { path: 'regios/:code', element: <RegionDetailPage /> },
          { path: 'aanmelden', element: <SignInPage /> },
          { path: 'taakstelling', element: <MonitorPage /> },
          { path: 'provinciale-plannen', element: <ProvincialPlansPage /> },
          {
            path: 'agenda',
            children: [
              { index: true, element: <AgendaPage /> },
              {
                element: <RequireRole role={['support', 'editor']} />,
                children: [
                  { path: 'nieuw', element: <NewAgendaItemPage /> },
                  { path: ':id/bewerken', element: <EditAgendaItemPage /> },
                ],
              },
              { path: ':id', element: <AgendaItemPage /> },
            ],
          },
          {
            path: 'mijn-overzicht',
            element: <RequireRole role={['municipality', 'province']} />,
            children: [{ index: true, element: <MyOverviewPage /> }],
          },
          {
            element: <CatalogueLayout />,
            children: [
              { path: 'zoeken', element: <FinderPage /> },
              { path: 'opgaven/:id', element: <ItemPage key="task" kind="task" /> },
              { path: 'maatregelen/:id', element: <ItemPage key="measure" kind="measure" /> },
              { path: 'financiering', element: <FundingOverviewPage /> },
              { path: 'financiering/:id', element: <ItemPage key="funding" kind="funding" /> },
              {
                path: 'redactie',
                element: <RequireRole role="editor" />,
                children: [
                  { index: true, element: <Navigate to="opgaven" replace /> },
                  { path: ':kind', element: <EditorListPage /> },
                  { path: ':kind/nieuw', element: <NewItemPage /> },
                  { path: ':kind/:id', element: <EditItemPage /> },
                  { path: ':kind/:id/geschiedenis', element: <ItemHistoryPage /> },
                ],
              },
            ],
          },
          { path: 'signalen/dashboard', element: <SignalDashboardPage /> },
          {
            path: 'signalen',
            element: <RequireRole role={['municipality', 'province', 'support']} />,
            children: [
              { index: true, element: <SignalsPage /> },
              {
                path: 'nieuw',
                element: <RequireRole role={['municipality', 'province']} />,
                children: [{ index: true, element: <NewSignalPage /> }],
              },
              { path: ':id', element: <SignalPage /> },
            ],
          },
          {
            path: 'beheer',
            element: <RequireRole role="admin" />,
            children: [
              {
                element: <AdminLayout />,
                children: [
                  { index: true, element: <AdminHomePage /> },
                  { path: 'gebruikers', element: <UsersPage /> },
                  { path: 'gebruikers/nieuw', element: <NewUserPage /> },
                  { path: 'gebruikers/:id', element: <UserPage /> },
                  { path: 'api-clients', element: <ApiClientsPage /> },
                  { path: 'api-clients/nieuw', element: <NewApiClientPage /> },
                  { path: 'auditlog', element: <AuditLogPage /> },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
