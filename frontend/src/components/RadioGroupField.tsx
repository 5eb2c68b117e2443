import { Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';
import { FieldMessage } from './ErrorSummary';

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
export function RadioGroupField({ legend, name, options, value, onChange, description, error, required }: RadioGroupFieldProps) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <Fieldset invalid={Boolean(error)} required={required} aria-describedby={describedBy || undefined} role="radiogroup">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`}>
          <FieldMessage label={legend} message={error} />
        </FormFieldErrorMessage>
      )}
      {options.map((option, index) => (
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
            invalid={Boolean(error)}
            aria-invalid={error ? true : undefined}
            aria-describedby={option.description ? `${id}-${index}-description` : undefined}
            onChange={(event) => event.target.checked && onChange(option.value)}
          />
          {option.description && <FormFieldDescription id={`${id}-${index}-description`}>{option.description}</FormFieldDescription>}
        </FormField>
      ))}
    </Fieldset>
  );
}
