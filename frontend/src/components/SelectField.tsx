import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Select } from '@utrecht/component-library-react';
import { type ChangeEvent, type ReactNode, useId } from 'react';

interface SelectFieldProps {
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  /** The API's reason this field was rejected; shown above the select and linked to it. */
  error?: string;
  required?: boolean;
  busy?: boolean;
  children: ReactNode;
}

/** A labelled select with its hint and error, laid out like the Utrecht form-field textbox. */
export function SelectField({ label, name, value, onChange, description, error, required, busy, children }: SelectFieldProps) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <FormField type="select" invalid={Boolean(error)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={`${id}-select`}>{label}</FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
          <span lang="nl">{error}</span>
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        <Select
          id={`${id}-select`}
          name={name}
          value={value}
          required={required}
          busy={busy}
          invalid={Boolean(error)}
          aria-describedby={describedBy || undefined}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
        >
          {children}
        </Select>
      </div>
    </FormField>
  );
}
