import { Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';
import type { Option } from './SelectField';

interface ChoiceGroupBase {
  legend: ReactNode;
  name: string;
  options: Option[];
  description?: ReactNode;
  /** The server's reason for this field (400 invalidParams). */
  errorMessage?: string;
}

interface RadioGroupProps extends ChoiceGroupBase {
  value: string;
  onChange: (value: string) => void;
}

interface CheckboxGroupProps extends ChoiceGroupBase {
  values: string[];
  onChange: (values: string[]) => void;
}

function Group({ legend, description, errorMessage, children }: Omit<ChoiceGroupBase, 'name' | 'options'> & { children: ReactNode }) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : '', errorMessage ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <Fieldset invalid={Boolean(errorMessage)} aria-describedby={describedBy} className="dichtbij-choices">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>}
      {errorMessage && <FormFieldErrorMessage id={`${id}-error`}>{errorMessage}</FormFieldErrorMessage>}
      {children}
    </Fieldset>
  );
}

/** One choice out of a few, as radio buttons in a fieldset with a legend. */
export function RadioGroup({ legend, name, options, value, onChange, description, errorMessage }: RadioGroupProps) {
  const id = useId();
  return (
    <Group legend={legend} description={description} errorMessage={errorMessage}>
      {options.map((option, i) => (
        <FormField key={option.value} type="radio">
          <div className="utrecht-form-field__label utrecht-form-field__label--radio">
            <FormLabel type="radio" htmlFor={`${id}-${i}`} checked={value === option.value}>
              <RadioButton
                id={`${id}-${i}`}
                className="utrecht-form-field__input"
                name={name}
                value={option.value}
                checked={value === option.value}
                invalid={Boolean(errorMessage)}
                onChange={() => onChange(option.value)}
              />
              {option.label}
            </FormLabel>
          </div>
        </FormField>
      ))}
    </Group>
  );
}

/** Any number of choices, as checkboxes in a fieldset with a legend. */
export function CheckboxGroup({ legend, name, options, values, onChange, description, errorMessage }: CheckboxGroupProps) {
  const id = useId();
  const toggle = (value: string, checked: boolean) => onChange(checked ? [...values, value] : values.filter((v) => v !== value));
  return (
    <Group legend={legend} description={description} errorMessage={errorMessage}>
      {options.map((option, i) => (
        <FormField key={option.value} type="checkbox">
          <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
            <FormLabel type="checkbox" htmlFor={`${id}-${i}`} checked={values.includes(option.value)}>
              <Checkbox
                id={`${id}-${i}`}
                className="utrecht-form-field__input"
                name={name}
                value={option.value}
                checked={values.includes(option.value)}
                invalid={Boolean(errorMessage)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              {option.label}
            </FormLabel>
          </div>
        </FormField>
      ))}
    </Group>
  );
}
