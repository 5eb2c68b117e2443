import { Textarea } from '@utrecht/component-library-react';
import { type FieldProps, FieldShell, controlProps } from './FieldShell';

interface TextAreaFieldProps extends FieldProps {
  rows?: number;
}

/** A labelled multi-line text field with its hint and error. */
export function TextAreaField({
  label,
  name,
  value,
  onChange,
  description,
  error,
  required,
  rows = 4,
}: TextAreaFieldProps) {
  return (
    <FieldShell type="text" label={label} description={description} error={error}>
      {(control) => (
        <Textarea
          {...controlProps(control)}
          name={name}
          rows={rows}
          required={required}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}
