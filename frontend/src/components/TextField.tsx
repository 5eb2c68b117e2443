import { Textbox } from '@utrecht/component-library-react';
import { type FieldProps, FieldShell, controlProps } from './FieldShell';

interface TextFieldProps extends FieldProps {
  type?: 'text' | 'email' | 'password' | 'search' | 'date' | 'url';
  inputMode?: 'text' | 'numeric' | 'decimal' | 'url' | 'email';
  autoComplete?: string;
}

/** A labelled textbox with its hint and error. */
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
  return (
    <FieldShell type="text" label={label} description={description} error={error}>
      {(control) => (
        <Textbox
          {...controlProps(control)}
          name={name}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          required={required}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}
