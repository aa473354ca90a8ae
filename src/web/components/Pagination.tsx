import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** Previous/next paging over a collection answer `{page, pageSize, total}`. */
export function Pagination({ page, pageSize, total, onPage }: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
  if (total <= pageSize && page <= 1) return null;
  return (
    <nav className="dichtbij-pagination" aria-label={t('pagination.label')}>
      <ButtonGroup>
        <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('pagination.previous')}
        </Button>
        <Paragraph className="dichtbij-pagination__status">{t('pagination.status', { page, pages })}</Paragraph>
        <Button appearance="secondary-action-button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t('pagination.next')}
        </Button>
      </ButtonGroup>
    </nav>
  );
}
