import { Alert, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type RefObject, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api';
import { formatWait } from '../lib/format';
import { problemMessage } from './ProblemAlert';

/** The reason per field from a problem's invalidParams (the first reason when a field has several). */
export function fieldErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const param of error.problem.invalidParams ?? []) {
      errors[param.name] ??= param.reason;
    }
  }
  return errors;
}

/** After a failed submit, puts focus on the first field the API rejected, so the reader lands on it. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, error: unknown): void {
  useEffect(() => {
    if (error) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, error]);
}

interface FormProblemProps {
  error: unknown;
  /** The fields the form shows errors next to; other rejected parameters are listed here. */
  fields: readonly string[];
  title?: string;
}

/**
 * Why a form was not accepted, above the form: the problem's detail, or a pointer to the marked fields
 * when every rejected parameter is shown next to its field; a wait from Retry-After in words.
 */
export function FormProblem({ error, fields, title }: FormProblemProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : undefined;
  const params = apiError?.problem.invalidParams ?? [];
  const elsewhere = params.filter((param) => !fields.includes(param.name));
  const allByField = params.length > 0 && elsewhere.length === 0;
  return (
    <Alert type="error" role="alert">
      <Heading level={2}>{title ?? apiError?.problem.title ?? t('error.title')}</Heading>
      {allByField ? (
        <Paragraph>{t('error.checkFields')}</Paragraph>
      ) : (
        <Paragraph lang={apiError?.problem.detail ? 'nl' : undefined}>{problemMessage(error, t)}</Paragraph>
      )}
      {elsewhere.length > 0 && (
        <UnorderedList>
          {elsewhere.map((param) => (
            <UnorderedListItem key={`${param.name}:${param.reason}`}>
              <code>{param.name}</code>: <span lang="nl">{param.reason}</span>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {apiError?.retryAfter !== undefined && (
        <Paragraph>{t('error.retryAfter', { when: formatWait(apiError.retryAfter, i18n.language) })}</Paragraph>
      )}
    </Alert>
  );
}
