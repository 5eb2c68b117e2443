import { Heading } from '@utrecht/component-library-react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';

/** Shown inside the layout when a page fails to render, so header and navigation stay usable. */
function RouteError({ error }: FallbackProps) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={1}>{t('error.title')}</Heading>
      <ProblemAlert error={error} />
    </>
  );
}

/**
 * The pages below it render inside an error boundary: a page that throws (or whose code could not be loaded)
 * shows the failure in its place, and the next navigation tries again.
 */
export function PageErrorBoundary() {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={RouteError} resetKeys={[pathname]}>
      <Outlet />
    </ErrorBoundary>
  );
}
