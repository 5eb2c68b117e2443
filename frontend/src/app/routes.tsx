import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { HomePage } from './routes/HomePage';
import { NotFoundPage } from './routes/NotFoundPage';
import { OrganisationsPage } from './routes/OrganisationsPage';
import { RegionDetailPage } from './routes/RegionDetailPage';
import { RegionsPage } from './routes/RegionsPage';
import { RouteError } from './routes/RouteError';

/** Dutch paths; every page renders inside the layout, the not-found page too. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'organisaties', element: <OrganisationsPage /> },
          { path: 'regios', element: <RegionsPage /> },
          { path: 'regios/:code', element: <RegionDetailPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
