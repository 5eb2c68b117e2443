import { Select } from '@utrecht/component-library-react';
import type { ChangeEvent, ReactNode } from 'react';
import { type FieldProps, FieldShell, controlProps } from './FieldShell';

interface SelectFieldProps extends FieldProps {
  busy?: boolean;
  children: ReactNode;
}

/** A labelled select with its hint and error. */
export function SelectField({
  label,
  name,
  value,
  onChange,
  description,
  error,
  required,
  busy,
  children,
}: SelectFieldProps) {
  return (
    <FieldShell type="select" label={label} description={description} error={error}>
      {(control) => (
        <Select
          {...controlProps(control)}
          name={name}
          value={value}
          required={required}
          busy={busy}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
        >
          {children}
        </Select>
      )}
    </FieldShell>
  );
}
