import { FormFieldCheckbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface CheckboxFieldProps {
  label: ReactNode;
  name?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: ReactNode;
  errorMessage?: string;
}

/** A checkbox with its label (the whole label is clickable). */
export function CheckboxField({ label, name, checked, onChange, description, errorMessage }: CheckboxFieldProps) {
  return (
    <FormFieldCheckbox
      label={label}
      name={name}
      checked={checked}
      description={description}
      errorMessage={errorMessage}
      invalid={Boolean(errorMessage)}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}
