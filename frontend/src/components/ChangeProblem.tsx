import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api';
import { ProblemAlert } from './ProblemAlert';

interface ChangeProblemProps {
  error: unknown;
  /** Loads the latest version; offered when the item changed meanwhile (412). */
  onReload: () => void;
  reloading?: boolean;
  headingLevel?: 2 | 3;
}

/** True when a change was refused because the item changed since the version it was based on. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/**
 * Why a change was refused. When someone else changed the item meanwhile (412), it says so with the
 * API's detail and offers to load the latest version — nothing is ever overwritten silently.
 */
export function ChangeProblem({ error, onReload, reloading = false, headingLevel = 2 }: ChangeProblemProps) {
  const { t } = useTranslation();
  const reload = useRef<HTMLButtonElement>(null);
  const stale = isStale(error);
  // The way forward is to reload: put keyboard and screen-reader users on that button.
  useEffect(() => {
    if (stale) reload.current?.focus();
  }, [stale, error]);
  if (!error) return null;
  if (!stale) return <ProblemAlert error={error} headingLevel={headingLevel} />;
  const detail = (error as ApiError).problem.detail;
  return (
    <Alert type="warning" role="alert">
      <Heading level={headingLevel}>{t('editor.stale.title')}</Heading>
      {detail && <Paragraph lang="nl">{detail}</Paragraph>}
      <Paragraph>{t('editor.stale.hint')}</Paragraph>
      <Button
        ref={reload}
        appearance="secondary-action-button"
        busy={reloading}
        onClick={() => reloading || onReload()}
      >
        {t('editor.stale.reload')}
      </Button>
    </Alert>
  );
}
