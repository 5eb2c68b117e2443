import { Select } from '@utrecht/component-library-react';
import type { ChangeEvent, ReactNode } from 'react';
import { FieldShell } from './FieldShell';

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

/** A labelled select with its hint and error. */
export function SelectField({ label, name, value, onChange, description, error, required, busy, children }: SelectFieldProps) {
  return (
    <FieldShell type="select" label={label} description={description} error={error}>
      {(control) => (
        <Select
          id={control.id}
          name={name}
          value={value}
          required={required}
          busy={busy}
          invalid={control.invalid}
          aria-describedby={control.describedBy}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
        >
          {children}
        </Select>
      )}
    </FieldShell>
  );
}
