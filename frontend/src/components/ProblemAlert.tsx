import { Alert, Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api';

interface ProblemAlertProps {
  error: unknown;
  headingLevel?: 2 | 3;
  onRetry?: () => void;
}

/** The sentence that tells a reader why a call failed: the problem's detail when the API gave one. */
export function problemMessage(error: unknown, t: TFunction): string {
  const apiError = error instanceof ApiError ? error : undefined;
  if (apiError?.problem.detail) return apiError.problem.detail;
  if (apiError?.kind === 'network') return t('error.network');
  return apiError ? t('error.unexpected') : t('error.render');
}

/** Shows why an API call failed: the problem's title and detail, and each invalid parameter. */
export function ProblemAlert({ error, headingLevel = 2, onRetry }: ProblemAlertProps) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : undefined;
  const problem = apiError?.problem;
  const detail = problemMessage(error, t);
  // A client error (4xx) gives the same answer again; offer a retry only where it may help.
  const retryable = !(apiError?.status !== undefined && apiError.status < 500);

  return (
    <Alert type="error" role="alert">
      <Heading level={headingLevel}>{problem?.title ?? t('error.title')}</Heading>
      <Paragraph>{detail}</Paragraph>
      {problem?.invalidParams && problem.invalidParams.length > 0 && (
        <UnorderedList>
          {problem.invalidParams.map((param) => (
            <UnorderedListItem key={`${param.name}:${param.reason}`}>
              <code>{param.name}</code>: {param.reason}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {apiError?.status !== undefined && (
        <Paragraph appearance="small">{t('error.status', { status: apiError.status })}</Paragraph>
      )}
      {onRetry && retryable && (
        <Button appearance="secondary-action-button" onClick={onRetry}>
          {t('error.retry')}
        </Button>
      )}
    </Alert>
  );
}
