import { FormField, FormFieldDescription, FormLabel, RadioButton } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FieldsetShell } from './FieldShell';

export interface RadioOption {
  value: string;
  label: ReactNode;
  /** A hint under this option's label. */
  description?: ReactNode;
}

interface RadioGroupFieldProps {
  legend: ReactNode;
  name: string;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  /** Why the choice was not accepted; shown under the legend and linked to the group. */
  error?: string;
  required?: boolean;
}

/** A fieldset of radio buttons for one choice out of a few; arrow keys move between them. */
export function RadioGroupField({
  legend,
  name,
  options,
  value,
  onChange,
  description,
  error,
  required,
}: RadioGroupFieldProps) {
  return (
    <FieldsetShell legend={legend} description={description} error={error} required={required} role="radiogroup">
      {({ id, invalid }) =>
        options.map((option, index) => (
          <FormField key={option.value} type="radio" className="hr-radio">
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={`${id}-${index}`} type="radio">
                {option.label}
              </FormLabel>
            </div>
            <RadioButton
              id={`${id}-${index}`}
              className="utrecht-form-field__input"
              name={name}
              value={option.value}
              checked={value === option.value}
              invalid={invalid}
              aria-invalid={invalid || undefined}
              aria-describedby={option.description ? `${id}-${index}-description` : undefined}
              onChange={(event) => event.target.checked && onChange(option.value)}
            />
            {option.description && (
              <FormFieldDescription id={`${id}-${index}-description`}>{option.description}</FormFieldDescription>
            )}
          </FormField>
        ))
      }
    </FieldsetShell>
  );
}
