import { Textarea } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FieldShell } from './FieldShell';

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

/** A labelled multi-line text field with its hint and error. */
export function TextAreaField({ label, name, value, onChange, description, error, required, rows = 4 }: TextAreaFieldProps) {
  return (
    <FieldShell type="text" label={label} description={description} error={error}>
      {(control) => (
        <Textarea
          id={control.id}
          name={name}
          rows={rows}
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
