import { Button, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary } from './ErrorSummary';
import { ChangeProblem, isStale } from './ChangeProblem';

/** What the editor pages pass to each kind's form (TaskForm, MeasureForm, FundingForm). */
export interface CatalogueFormProps<T, R> {
  /** The item as last loaded or saved; undefined for a new item. */
  item?: T;
  onSubmit: (request: R) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  pendingLabel: string;
  /** Loads the latest version after a 412 (edit only). */
  onReload?: () => void;
  reloading?: boolean;
  /** A success message, such as "saved as version 4". */
  notice?: string;
}

interface EditorFormProps extends Omit<CatalogueFormProps<unknown, unknown>, 'item' | 'onSubmit'> {
  label: string;
  /** What the form found wrong itself before sending, per field name. */
  errors?: Record<string, string>;
  onSubmit: () => void;
  children: ReactNode;
}

/**
 * The frame of every catalogue form: why it was refused (a summary above that links to the fields, or,
 * when the item changed meanwhile, a reload), the fields, a submit button and a polite status line.
 */
export function EditorForm({
  label,
  errors,
  onSubmit,
  pending,
  error,
  submitLabel,
  pendingLabel,
  onReload,
  reloading,
  notice,
  children,
}: EditorFormProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };
  return (
    <form noValidate onSubmit={submit} className="hr-form hr-form--wide" aria-label={label}>
      {isStale(error) && onReload ? (
        <ChangeProblem error={error} onReload={onReload} reloading={reloading} />
      ) : (
        <ErrorSummary error={error} errors={errors} />
      )}
      {children}
      <div className="hr-actions">
        {/* Not disabled while saving (the submit handler ignores a second press), so focus stays on it. */}
        <Button type="submit" appearance="primary-action-button" busy={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
      </div>
      <Paragraph role="status" className="hr-status-message">
        {notice ?? ''}
      </Paragraph>
    </form>
  );
}
