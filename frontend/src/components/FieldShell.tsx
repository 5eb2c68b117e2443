import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';
import { FieldMessage } from './ErrorSummary';

/** What a control inside a field needs to be labelled and described. */
export interface FieldControl {
  id: string;
  invalid: boolean;
  describedBy: string | undefined;
}

interface FieldShellProps {
  type: 'text' | 'select';
  label: ReactNode;
  description?: ReactNode;
  /** The API's reason this field was rejected; shown above the control and linked to it. */
  error?: string;
  children: (control: FieldControl) => ReactNode;
}

/** Label, hint and error around one control, as the Utrecht form-field lays them out; shared by every field. */
export function FieldShell({ type, label, description, error, children }: FieldShellProps) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <FormField type={type} invalid={Boolean(error)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={`${id}-control`}>{label}</FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
          <FieldMessage label={label} message={error} />
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        {children({ id: `${id}-control`, invalid: Boolean(error), describedBy: describedBy || undefined })}
      </div>
    </FormField>
  );
}
