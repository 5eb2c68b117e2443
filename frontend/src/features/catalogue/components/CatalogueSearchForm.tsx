import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { To } from 'react-router';
import { type CatalogueSearch, type Kind, SORTS, type Sort } from '@/lib/catalogue';
import { RouterLink } from '@/components/RouterLink';

interface CatalogueSearchFormProps {
  kind: Kind;
  search: CatalogueSearch;
  onSearch: (search: CatalogueSearch) => void;
  /** Where "clear everything" goes. */
  resetTo: To;
}

/** Sorting on closing date only means something for funding. */
export function sortsFor(kind: Kind): readonly Sort[] {
  return kind === 'funding' ? SORTS : SORTS.filter((sort) => sort !== 'closesOn');
}

/** Best match is what the API does by default; the form shows it as the default choice. */
function withoutRelevance(sort: Sort | ''): Sort | '' {
  return sort === 'relevance' ? '' : sort;
}

/** Words, "open on" date and sort; submitting keeps the facet filters and starts again at page 1. */
export function CatalogueSearchForm({ kind, search, onSearch, resetTo }: CatalogueSearchFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState(search.q);
  const [openOn, setOpenOn] = useState(search.openOn);
  const [sort, setSort] = useState<Sort | ''>(withoutRelevance(search.sort));

  // Back, forward and links change the URL without this form: follow them.
  useEffect(() => {
    setQ(search.q);
    setOpenOn(search.openOn);
    setSort(withoutRelevance(search.sort));
  }, [search.q, search.openOn, search.sort]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch({ ...search, q: q.trim(), openOn, sort, page: 1 });
  };

  return (
    <form role="search" aria-label={t('finder.search')} className="hr-search" onSubmit={submit}>
      <div className="hr-search__fields">
        <FormField type="text" className="hr-search__field hr-search__field--wide">
          <FormLabel htmlFor={`${id}-q`}>{t('finder.q')}</FormLabel>
          <FormFieldDescription id={`${id}-q-hint`}>{t('finder.qHint')}</FormFieldDescription>
          <Textbox
            id={`${id}-q`}
            name="q"
            type="search"
            autoComplete="off"
            maxLength={200}
            aria-describedby={`${id}-q-hint`}
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
        </FormField>
        <FormField type="text" className="hr-search__field">
          <FormLabel htmlFor={`${id}-open-on`}>{t('finder.openOn')}</FormLabel>
          <FormFieldDescription id={`${id}-open-on-hint`}>{t(`finder.openOnHint.${kind}`)}</FormFieldDescription>
          <Textbox
            id={`${id}-open-on`}
            name="openOn"
            type="date"
            aria-describedby={`${id}-open-on-hint`}
            value={openOn}
            onChange={(event) => setOpenOn(event.target.value)}
          />
        </FormField>
        <FormField type="select" className="hr-search__field">
          <FormLabel htmlFor={`${id}-sort`}>{t('finder.sort')}</FormLabel>
          <Select
            id={`${id}-sort`}
            name="sort"
            value={sort}
            onChange={(event) => setSort(event.target.value as Sort | '')}
          >
            <SelectOption value="">{t('finder.sorts.default')}</SelectOption>
            {sortsFor(kind)
              .filter((value) => value !== 'relevance')
              .map((value) => (
                <SelectOption key={value} value={value}>
                  {t(`finder.sorts.${value}`)}
                </SelectOption>
              ))}
          </Select>
        </FormField>
      </div>
      <div className="hr-search__actions">
        <Button type="submit" appearance="primary-action-button">
          {t('finder.submit')}
        </Button>
        <RouterLink to={resetTo}>{t('finder.reset')}</RouterLink>
      </div>
    </form>
  );
}
