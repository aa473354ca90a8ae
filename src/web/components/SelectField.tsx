import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: ReactNode;
  name: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  /** A first option with the empty value, e.g. "All types". */
  emptyOption?: string;
  description?: ReactNode;
  errorMessage?: string;
  required?: boolean;
  disabled?: boolean;
}

/** A labelled select with optional description and (server) error message. */
export function SelectField({ label, name, value, options, onChange, emptyOption, description, errorMessage, required, disabled }: SelectFieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : '', errorMessage ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <FormField invalid={Boolean(errorMessage)} type="select">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && (
        <FormFieldDescription className="utrecht-form-field__description" id={descriptionId}>
          {description}
        </FormFieldDescription>
      )}
      {errorMessage && (
        <FormFieldErrorMessage className="utrecht-form-field__error-message" id={errorId}>
          {errorMessage}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        <Select
          id={id}
          name={name}
          value={value}
          invalid={Boolean(errorMessage)}
          aria-invalid={errorMessage ? true : undefined}
          aria-describedby={describedBy}
          required={required}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
        >
          {emptyOption !== undefined && <SelectOption value="">{emptyOption}</SelectOption>}
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}
