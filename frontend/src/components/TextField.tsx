import { Textbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FieldShell } from './FieldShell';

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

/** A labelled textbox with its hint and error. */
export function TextField({ label, name, value, onChange, type = 'text', inputMode, autoComplete, description, error, required }: TextFieldProps) {
  return (
    <FieldShell type="text" label={label} description={description} error={error}>
      {(control) => (
        <Textbox
          id={control.id}
          name={name}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          required={required}
          invalid={control.invalid}
          aria-describedby={control.describedBy}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}
