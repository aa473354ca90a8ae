import { ButtonGroup, Heading2, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchFormProps {
  heading: string;
  onSearch: () => void;
  onClear: () => void;
  children: ReactNode;
}

/** A search form with a heading, a row of fields and Search / Clear filters buttons. */
export function SearchForm({ heading, onSearch, onClear, children }: SearchFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch();
  };
  return (
    <form role="search" aria-labelledby={headingId} onSubmit={onSubmit} noValidate className="dichtbij-search">
      <Heading2 id={headingId}>{heading}</Heading2>
      <div className="dichtbij-search__fields">{children}</div>
      <ButtonGroup>
        <PrimaryActionButton type="submit">{t('common.search')}</PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onClear}>
          {t('common.clearFilters')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
