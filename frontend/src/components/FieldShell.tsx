import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';
import { FieldMessage } from './ErrorSummary';

/** What a control inside a field needs to be labelled and described. */
export interface FieldControl {
  id: string;
  invalid: boolean;
  describedBy: string | undefined;
}

/** What every single-control field takes: its label, name, value, hint and the API's reason it was rejected. */
export interface FieldProps {
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  /** The API's reason this field was rejected; shown above the control and linked to it. */
  error?: string;
  required?: boolean;
}

/** The attributes that tie a control to its label, hint and error. */
export function controlProps(control: FieldControl) {
  return { id: control.id, invalid: control.invalid, 'aria-describedby': control.describedBy };
}

function describedByOf(id: string, description: ReactNode, error: string | undefined): string | undefined {
  return [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
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
  const describedBy = describedByOf(id, description, error);
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
        {children({ id: `${id}-control`, invalid: Boolean(error), describedBy })}
      </div>
    </FormField>
  );
}

interface FieldsetShellProps {
  legend: ReactNode;
  description?: ReactNode;
  /** The API's reason the group was rejected; shown under the legend and linked to the group. */
  error?: string;
  required?: boolean;
  role?: string;
  /** The options; `id` prefixes their ids, `invalid` marks each when the group was rejected. */
  children: (group: { id: string; invalid: boolean }) => ReactNode;
}

/** Legend, hint and error around a group of checkboxes or radio buttons; shared by both group fields. */
export function FieldsetShell({ legend, description, error, required, role, children }: FieldsetShellProps) {
  const id = useId();
  return (
    <Fieldset
      invalid={Boolean(error)}
      required={required}
      aria-describedby={describedByOf(id, description, error)}
      role={role}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`}>
          <FieldMessage label={legend} message={error} />
        </FormFieldErrorMessage>
      )}
      {children({ id, invalid: Boolean(error) })}
    </Fieldset>
  );
}
