import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';

/** Shown inside the layout when a page fails to render, so header and navigation stay usable. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <>
      <Heading level={1}>{t('error.title')}</Heading>
      <ProblemAlert error={error} />
    </>
  );
}
