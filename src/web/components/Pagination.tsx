import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Stays focusable when unavailable (aria-disabled), so focus is not lost on the first or last page. */
function PageButton({ disabled, onClick, children }: { disabled: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <Button
      appearance="secondary-action-button"
      aria-disabled={disabled || undefined}
      className={disabled ? 'utrecht-button--disabled' : undefined}
      onClick={() => {
        if (!disabled) onClick();
      }}
    >
      {children}
    </Button>
  );
}

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
        <PageButton disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('pagination.previous')}
        </PageButton>
        <Paragraph className="dichtbij-pagination__status">{t('pagination.status', { page, pages })}</Paragraph>
        <PageButton disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t('pagination.next')}
        </PageButton>
      </ButtonGroup>
    </nav>
  );
}
