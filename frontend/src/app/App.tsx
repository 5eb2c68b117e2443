import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter } from 'react-router';
// from react-router/dom: only this one can apply a navigation's flushSync option (sign-out relies on it)
import { RouterProvider } from 'react-router/dom';
import { initI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/queryClient';
import { routes } from './routes';

const router = createBrowserRouter(routes);

/** Providers around the router: query cache and translations. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={initI18n()}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
