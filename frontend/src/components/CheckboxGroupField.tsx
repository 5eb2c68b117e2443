import { Checkbox, FormField, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FieldsetShell } from './FieldShell';

interface CheckboxGroupFieldProps {
  legend: ReactNode;
  name: string;
  options: readonly { value: string; label: ReactNode }[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  description?: ReactNode;
  /** The API's reason the field was rejected; shown under the legend and linked to the group. */
  error?: string;
}

/** A fieldset of checkboxes for a list value (domains, audiences), in the order of the options. */
export function CheckboxGroupField({
  legend,
  name,
  options,
  values,
  onChange,
  description,
  error,
}: CheckboxGroupFieldProps) {
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((current) => current !== value);
    onChange(options.map((option) => option.value).filter((option) => next.includes(option)));
  };
  return (
    <FieldsetShell legend={legend} description={description} error={error}>
      {({ id, invalid }) =>
        options.map((option, index) => (
          <FormField key={option.value} type="checkbox" className="hr-checkbox">
            <Checkbox
              id={`${id}-${index}`}
              name={name}
              value={option.value}
              checked={values.includes(option.value)}
              invalid={invalid}
              aria-invalid={invalid || undefined}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <FormLabel htmlFor={`${id}-${index}`} type="checkbox">
              {option.label}
            </FormLabel>
          </FormField>
        ))
      }
    </FieldsetShell>
  );
}
