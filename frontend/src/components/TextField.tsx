import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textbox } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';

interface TextFieldProps {
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'date' | 'url';
  inputMode?: 'text' | 'numeric' | 'decimal' | 'url' | 'email';
  autoComplete?: string;
  description?: ReactNode;
  /** The API's reason this field was rejected; shown above the input and linked to it. */
  error?: string;
  required?: boolean;
}

/** A labelled textbox with its hint and error, as the Utrecht form-field lays them out. */
export function TextField({
  label,
  name,
  value,
  onChange,
  type = 'text',
  inputMode,
  autoComplete,
  description,
  error,
  required,
}: TextFieldProps) {
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
          {/* The API words its reasons in Dutch. */}
          <span lang="nl">{error}</span>
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        <Textbox
          id={`${id}-input`}
          name={name}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
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
