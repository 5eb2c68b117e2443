import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { type Location, MemoryRouter, useLocation } from 'react-router';
import { AppRoutes } from '@/app/routes';
import { initI18n } from '@/lib/i18n';

/** Renders the whole app at a path, with a fresh cache and no retries, as a user would meet it. */
export function renderApp(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  let location: Location | undefined;
  function LocationProbe() {
    location = useLocation();
    return null;
  }
  const view = render(
    <I18nextProvider i18n={initI18n()}>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
          <LocationProbe />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  /** Where the app is now: the path, query and state of the last rendered location. */
  const currentLocation = (): Location => {
    if (!location) throw new Error('the router has not rendered yet');
    return location;
  };
  return { ...view, currentLocation, user };
}
