import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewAttachment } from '../../api/client';

/** Reads a chosen file as base64 (without the `data:...;base64,` prefix). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = String(reader.result);
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The extension decides when the browser does not know the type; the server checks name, type and content. */
const TYPES_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain',
};

export async function toAttachments(files: FileList | null): Promise<NewAttachment[]> {
  if (!files) return [];
  return Promise.all(
    Array.from(files).map(async (file) => ({
      fileName: file.name,
      contentType: file.type || TYPES_BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] || 'application/octet-stream',
      dataBase64: await readAsBase64(file),
    })),
  );
}

/** A labelled file input for up to three attachments; the server's reasons per file are listed below it. */
export function AttachmentsField({ name, onChange, errors, inputKey }: { name: string; onChange: (files: FileList | null) => void; errors: string[]; inputKey: number }) {
  const { t } = useTranslation();
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <FormField invalid={errors.length > 0} type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{t('learning.attachments')}</FormLabel>
      </div>
      <FormFieldDescription className="utrecht-form-field__description" id={descriptionId}>
        {t('learning.attachmentsHint')}
      </FormFieldDescription>
      {errors.length > 0 && (
        <FormFieldErrorMessage className="utrecht-form-field__error-message" id={errorId}>
          {errors.join(' ')}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        <input
          key={inputKey}
          id={id}
          name={name}
          type="file"
          multiple
          accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt"
          aria-describedby={[descriptionId, errors.length ? errorId : ''].filter(Boolean).join(' ')}
          aria-invalid={errors.length > 0 || undefined}
          onChange={(event) => onChange(event.target.files)}
        />
      </div>
    </FormField>
  );
}

/** The server's reasons about attachments (`attachments`, `attachments.0`, ...). */
export function attachmentErrors(fieldErrors: Record<string, string>): string[] {
  return [...new Set(Object.entries(fieldErrors).filter(([key]) => key === 'attachments' || key.startsWith('attachments.')).map(([, reason]) => reason))];
}
