import { FormFieldTextbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface TextFieldProps {
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'tel' | 'date' | 'number';
  autoComplete?: string;
  description?: ReactNode;
  /** The server's reason for this field (400 invalidParams). */
  errorMessage?: string;
  required?: boolean;
  inputRef?: React.Ref<HTMLInputElement>;
  min?: string | number;
  max?: string | number;
  disabled?: boolean;
}

/** A labelled text box; the error message is linked with aria-describedby. */
export function TextField({
  label, name, value, onChange, type = 'text', autoComplete, description, errorMessage, required, inputRef, min, max, disabled,
}: TextFieldProps) {
  return (
    <FormFieldTextbox
      label={label}
      name={name}
      type={type}
      value={value}
      autoComplete={autoComplete}
      description={description}
      errorMessage={errorMessage}
      invalid={Boolean(errorMessage)}
      required={required}
      inputRef={inputRef}
      min={min}
      max={max}
      disabled={disabled}
      onChange={(event) => onChange((event.target as HTMLInputElement).value)}
    />
  );
}
