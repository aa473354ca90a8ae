import { FormFieldTextarea } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

interface TextAreaFieldProps {
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  /** The server's reason for this field (400 invalidParams). */
  errorMessage?: string;
  required?: boolean;
  rows?: number;
}

/** A labelled multi-line text box; the error message is linked with aria-describedby. */
export function TextAreaField({ label, name, value, onChange, description, errorMessage, required, rows = 3 }: TextAreaFieldProps) {
  return (
    <FormFieldTextarea
      label={label}
      name={name}
      value={value}
      rows={rows}
      description={description}
      errorMessage={errorMessage}
      invalid={Boolean(errorMessage)}
      required={required}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
