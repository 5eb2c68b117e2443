import { type ComponentType, lazy } from 'react';
import { Navigate, type RouteObject, useRoutes } from 'react-router';
import { SessionProvider } from '@/features/session/SessionProvider';
import { pageTexts } from '@/lib/i18n';
import { Layout } from './Layout';
import { RequireRole } from './RequireRole';
import { AdminLayout } from './routes/admin/AdminLayout';
import { CatalogueLayout } from './routes/catalogue/CatalogueLayout';
import { PageErrorBoundary } from './routes/PageErrorBoundary';

/**
 * A page loaded when it is first visited: each page is its own chunk, so the first page a browser opens needs
 * only its own code, and the pages' texts (a chunk fetched beside it). The layout shows a status line while they
 * load (the Suspense boundary in Layout).
 */
function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    const [page] = await Promise.all([load(), pageTexts()]);
    return { default: page };
  });
}

const AdminHomePage = lazyPage(() => import('./routes/admin/AdminHomePage').then((m) => m.AdminHomePage));
const ApiClientsPage = lazyPage(() => import('./routes/admin/ApiClientsPage').then((m) => m.ApiClientsPage));
const AuditLogPage = lazyPage(() => import('./routes/admin/AuditLogPage').then((m) => m.AuditLogPage));
const NewApiClientPage = lazyPage(() => import('./routes/admin/NewApiClientPage').then((m) => m.NewApiClientPage));
const NewUserPage = lazyPage(() => import('./routes/admin/NewUserPage').then((m) => m.NewUserPage));
const UserPage = lazyPage(() => import('./routes/admin/UserPage').then((m) => m.UserPage));
const UsersPage = lazyPage(() => import('./routes/admin/UsersPage').then((m) => m.UsersPage));
const FinderPage = lazyPage(() => import('./routes/catalogue/FinderPage').then((m) => m.FinderPage));
const FundingOverviewPage = lazyPage(() =>
  import('./routes/catalogue/FundingOverviewPage').then((m) => m.FundingOverviewPage),
);
const ItemPage = lazyPage(() => import('./routes/catalogue/ItemPage').then((m) => m.ItemPage));
const EditItemPage = lazyPage(() => import('./routes/editor/EditItemPage').then((m) => m.EditItemPage));
const EditorListPage = lazyPage(() => import('./routes/editor/EditorListPage').then((m) => m.EditorListPage));
const ItemHistoryPage = lazyPage(() => import('./routes/editor/ItemHistoryPage').then((m) => m.ItemHistoryPage));
const NewItemPage = lazyPage(() => import('./routes/editor/NewItemPage').then((m) => m.NewItemPage));
const HomePage = lazyPage(() => import('./routes/HomePage').then((m) => m.HomePage));
const NotFoundPage = lazyPage(() => import('./routes/NotFoundPage').then((m) => m.NotFoundPage));
const OrganisationsPage = lazyPage(() => import('./routes/OrganisationsPage').then((m) => m.OrganisationsPage));
const RegionDetailPage = lazyPage(() => import('./routes/RegionDetailPage').then((m) => m.RegionDetailPage));
const RegionsPage = lazyPage(() => import('./routes/RegionsPage').then((m) => m.RegionsPage));
const AgendaItemPage = lazyPage(() => import('./routes/agenda/AgendaItemPage').then((m) => m.AgendaItemPage));
const AgendaPage = lazyPage(() => import('./routes/agenda/AgendaPage').then((m) => m.AgendaPage));
const EditAgendaItemPage = lazyPage(() =>
  import('./routes/agenda/EditAgendaItemPage').then((m) => m.EditAgendaItemPage),
);
const NewAgendaItemPage = lazyPage(() => import('./routes/agenda/NewAgendaItemPage').then((m) => m.NewAgendaItemPage));
const FollowsPage = lazyPage(() => import('./routes/follow/FollowsPage').then((m) => m.FollowsPage));
const MyOverviewPage = lazyPage(() => import('./routes/overview/MyOverviewPage').then((m) => m.MyOverviewPage));
const ProvincialPlansPage = lazyPage(() =>
  import('./routes/plans/ProvincialPlansPage').then((m) => m.ProvincialPlansPage),
);
const MonitorPage = lazyPage(() => import('./routes/quota/MonitorPage').then((m) => m.MonitorPage));
const MySavedSearchesPage = lazyPage(() =>
  import('./routes/savedSearch/MySavedSearchesPage').then((m) => m.MySavedSearchesPage),
);
const UnsubscribePage = lazyPage(() => import('./routes/UnsubscribePage').then((m) => m.UnsubscribePage));
const SignInPage = lazyPage(() => import('./routes/SignInPage').then((m) => m.SignInPage));
const NewSignalPage = lazyPage(() => import('./routes/signals/NewSignalPage').then((m) => m.NewSignalPage));
const SignalDashboardPage = lazyPage(() =>
  import('./routes/signals/SignalDashboardPage').then((m) => m.SignalDashboardPage),
);
const SignalPage = lazyPage(() => import('./routes/signals/SignalPage').then((m) => m.SignalPage));
const SignalsPage = lazyPage(() => import('./routes/signals/SignalsPage').then((m) => m.SignalsPage));

/** Dutch paths; every page renders inside the session and the layout, the not-found page too. */
const routes: RouteObject[] = [
  {
    element: (
      <SessionProvider>
        <Layout />
      </SessionProvider>
    ),
    children: [
      {
        element: <PageErrorBoundary />,
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
          { path: 'mail-afmelden/:token', element: <UnsubscribePage /> },
          {
            path: 'zoekopdrachten',
            element: <RequireRole role={['municipality', 'province', 'support', 'editor', 'admin']} />,
            children: [{ index: true, element: <MySavedSearchesPage /> }],
          },
          {
            path: 'mijn-overzicht',
            element: <RequireRole role={['municipality', 'province']} />,
            children: [{ index: true, element: <MyOverviewPage /> }],
          },
          {
            path: 'gevolgd',
            element: <RequireRole role={['municipality', 'province', 'support', 'editor', 'admin']} />,
            children: [{ index: true, element: <FollowsPage /> }],
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

/**
 * The page for the current location, inside a `<BrowserRouter>` (or a `<MemoryRouter>` in tests). Declarative routing
 * rather than a data router (`createBrowserRouter`): no page uses loaders or actions, and the data router's code
 * was 18 kB of the first bundle's gzip (issue 13).
 */
export function AppRoutes() {
  return useRoutes(routes);
}
