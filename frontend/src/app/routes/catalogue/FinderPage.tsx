import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { type To, useSearchParams } from 'react-router';
import { DownloadLink } from '@/components/DownloadLink';
import { Loading } from '@/components/Loading';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { CatalogueSearchForm, sortsFor } from '@/features/catalogue/components/CatalogueSearchForm';
import { DidYouMean } from '@/features/catalogue/components/DidYouMean';
import { FacetFilters } from '@/features/catalogue/components/FacetFilters';
import { KindSwitch } from '@/features/catalogue/components/KindSwitch';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useSession } from '@/features/session/useSession';
import { useItemSearch } from '@/features/catalogue/api/searchItems';
import { KIND_RESULTS, type KindResult } from '@/features/catalogue/kindResults';
import { SaveSearchForm } from '@/features/savedSearch/components/SaveSearchForm';
import {
  type CatalogueSearch,
  type Kind,
  downloadUrl,
  exportUrl,
  isKind,
  parseCatalogueSearch,
  toCatalogueSearchParams,
} from '@/lib/catalogue';

/** The kind and the search as the URL holds them; tasks when no kind is given. */
export function parseFinderParams(params: URLSearchParams): { kind: Kind; search: CatalogueSearch } {
  const kind = params.get('kind');
  return { kind: isKind(kind) ? kind : 'task', search: parseCatalogueSearch(params) };
}

/** The URL query string of a finder search: kind first, then the search. */
export function finderParams(kind: Kind, search: CatalogueSearch): URLSearchParams {
  return toCatalogueSearchParams(search, { kind });
}

interface FinderResultsProps<K extends Kind> {
  kind: K;
  search: CatalogueSearch;
  toSearch: (search: CatalogueSearch) => To;
  withStatus: boolean;
}

function FinderResults<K extends Kind>({ kind, search, toSearch, withStatus }: FinderResultsProps<K>) {
  const { t } = useTranslation();
  const results = useItemSearch(kind, search);
  const Result: KindResult<K> = KIND_RESULTS[kind];
  return (
    <div className="hr-finder">
      <FacetFilters facets={results.data?.facets} search={search} toSearch={toSearch} withStatus={withStatus} />
      <section aria-labelledby="results-heading" className="hr-finder__results">
        <Heading level={2} id="results-heading">
          {t(`finder.resultsOf.${kind}`)}
        </Heading>
        <Paragraph role="status" className="hr-result-count">
          {results.data && !results.error ? t('finder.results', { count: results.data.totalItems }) : ''}
        </Paragraph>
        <ul className="hr-link-row">
          <li>
            <DownloadLink href={exportUrl(kind, search)} fileName={`${kind}.csv`}>
              {t('finder.download')}
            </DownloadLink>
          </li>
          {kind === 'funding' && (
            <li>
              <DownloadLink href={downloadUrl('/funding/calendar', search)} fileName="financiering.ics">
                {t('finder.calendar')}
              </DownloadLink>
            </li>
          )}
        </ul>
        {results.error ? (
          <ProblemAlert error={results.error} onRetry={() => void results.refetch()} />
        ) : results.isPending ? (
          <Loading />
        ) : results.data.items.length === 0 ? (
          <>
            <Paragraph>{t('finder.noResults')}</Paragraph>
            <DidYouMean suggestion={results.data.suggestion} search={search} toSearch={toSearch} />
          </>
        ) : (
          <>
            <ol className="hr-results" aria-busy={results.isPlaceholderData}>
              {results.data.items.map((item) => (
                <Result key={item.id} item={item} />
              ))}
            </ol>
            <Pagination
              page={results.data.page}
              totalPages={results.data.totalPages}
              toPage={(page) => toSearch({ ...search, page })}
            />
          </>
        )}
      </section>
    </div>
  );
}

/**
 * /zoeken — journey 1: words, kind, facets with counts, "open op" and sort. The URL holds the whole
 * search, so it can be shared and survives a reload; the CSV download uses the same filters.
 */
export function FinderPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('finder.title'));
  const [params, setParams] = useSearchParams();
  const { caller } = useSession();
  const { kind, search } = parseFinderParams(params);
  const editor = caller?.role === 'editor';
  // Only editors filter on status; anyone else gets the published items without an error.
  const effective: CatalogueSearch = editor ? search : { ...search, status: '' };
  const toSearch = (next: CatalogueSearch, nextKind: Kind = kind): To => ({
    search: `?${finderParams(nextKind, next).toString()}`,
  });
  const toKind = (next: Kind) =>
    toSearch(
      { ...search, sort: search.sort && sortsFor(next).includes(search.sort) ? search.sort : '', page: 1 },
      next,
    );

  return (
    <>
      <Heading level={1}>{t('finder.title')}</Heading>
      <Paragraph>{t('finder.intro')}</Paragraph>
      <KindSwitch kind={kind} toKind={toKind} label={t('finder.kinds')} />
      <CatalogueSearchForm
        kind={kind}
        search={search}
        onSearch={(next) => setParams(finderParams(kind, next))}
        resetTo={{ search: `?kind=${kind}` }}
      />
      {caller?.role && <SaveSearchForm key={finderParams(kind, search).toString()} kind={kind} search={effective} />}
      <FinderResults key={kind} kind={kind} search={effective} toSearch={toSearch} withStatus={editor} />
    </>
  );
}
