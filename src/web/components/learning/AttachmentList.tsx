import { Link } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { type Attachment, programmesApi } from '../../api/client';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/** Downloads of a post's or reply's attachments. */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <ul className="dichtbij-plain-list" aria-label={t('learning.attachments')}>
      {attachments.map((a) => (
        <li key={a.id}>
          <Link href={programmesApi.attachmentUrl(a.id)} download={a.fileName}>
            {t('learning.download', { name: a.fileName })}
          </Link>{' '}
          ({size(a.sizeBytes)})
        </li>
      ))}
    </ul>
  );
}
