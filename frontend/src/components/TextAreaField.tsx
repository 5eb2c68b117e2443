import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';

interface TextAreaFieldProps {
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  /** The API's reason this field was rejected; shown above the text area and linked to it. */
  error?: string;
  required?: boolean;
  rows?: number;
}

/** A labelled multi-line text field with its hint and error, laid out like TextField. */
export function TextAreaField({ label, name, value, onChange, description, error, required, rows = 4 }: TextAreaFieldProps) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <FormField type="text" invalid={Boolean(error)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={`${id}-input`}>{label}</FormLabel>
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
        <Textarea
          id={`${id}-input`}
          name={name}
          rows={rows}
          required={required}
          invalid={Boolean(error)}
          aria-describedby={describedBy || undefined}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    </FormField>
  );
}
