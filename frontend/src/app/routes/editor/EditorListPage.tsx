import {
  Button,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { KindSwitch } from '@/features/catalogue/components/KindSwitch';
import { PublicationStatusBadge } from '@/features/catalogue/components/PublicationStatusBadge';
import { useNl } from '@/components/useNl';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useItemSearch } from '@/features/catalogue/api/searchItems';
import {
  type CatalogueSearch,
  type Kind,
  type PublicationStatus,
  STATUSES,
  editorPath,
  kindOfSegment,
  parseCatalogueSearch,
  toCatalogueSearchParams,
} from '@/lib/catalogue';
import { formatDateTime } from '@/lib/format';
import { NotFoundPage } from '@/app/routes/NotFoundPage';
import { DataTable } from '@/components/DataTable';

const EDITOR_SORT = 'updatedAt';

function EditorFilter({ search, onSearch }: { search: CatalogueSearch; onSearch: (search: CatalogueSearch) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState(search.q);
  const [status, setStatus] = useState<PublicationStatus | ''>(search.status);
  useEffect(() => {
    setQ(search.q);
    setStatus(search.status);
  }, [search.q, search.status]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch({ ...search, q: q.trim(), status, page: 1 });
  };
  return (
    <form role="search" aria-label={t('editor.list.filter')} className="hr-search" onSubmit={submit}>
      <div className="hr-search__fields">
        <FormField type="text" className="hr-search__field hr-search__field--wide">
          <FormLabel htmlFor={`${id}-q`}>{t('editor.list.q')}</FormLabel>
          <Textbox
            id={`${id}-q`}
            name="q"
            type="search"
            autoComplete="off"
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
        </FormField>
        <FormField type="select" className="hr-search__field">
          <FormLabel htmlFor={`${id}-status`}>{t('editor.list.status')}</FormLabel>
          <Select
            id={`${id}-status`}
            name="status"
            value={status}
            onChange={(event) => setStatus(event.target.value as PublicationStatus | '')}
          >
            <SelectOption value="">{t('editor.list.statusAll')}</SelectOption>
            {STATUSES.map((value) => (
              <SelectOption key={value} value={value}>
                {t(`catalogue.statuses.${value}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </div>
      <div className="hr-search__actions">
        <Button type="submit" appearance="primary-action-button">
          {t('editor.list.submit')}
        </Button>
      </div>
    </form>
  );
}

function EditorTable({
  kind,
  search,
  onSearch,
}: {
  kind: Kind;
  search: CatalogueSearch;
  onSearch: (search: CatalogueSearch) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = useNl();
  const items = useItemSearch(kind, { ...search, sort: search.sort || EDITOR_SORT });
  const toPage = (page: number) => ({ search: `?${toCatalogueSearchParams({ ...search, page }).toString()}` });
  return (
    <>
      <EditorFilter search={search} onSearch={onSearch} />
      <Paragraph role="status" className="hr-result-count">
        {items.data && !items.error ? t('editor.list.results', { count: items.data.totalItems }) : ''}
      </Paragraph>
      {items.error ? (
        <ProblemAlert error={items.error} onRetry={() => void items.refetch()} />
      ) : items.isPending ? (
        <Loading />
      ) : items.data.items.length === 0 ? (
        <Paragraph>{t('editor.list.none')}</Paragraph>
      ) : (
        <>
          <DataTable
            caption={t('editor.list.caption', {
              kind: t(`catalogue.kindsPlural.${kind}`),
              page: items.data.page,
              pages: items.data.totalPages,
            })}
            rows={items.data.items}
            rowKey={(item) => item.id}
            busy={items.isPlaceholderData}
            columns={[
              {
                header: t('editor.list.columns.title'),
                cell: (item) => (
                  <RouterLink to={editorPath(kind, item.id)} lang={lang}>
                    {item.title}
                  </RouterLink>
                ),
              },
              {
                header: t('editor.list.columns.status'),
                cell: (item) => <PublicationStatusBadge status={item.status} />,
              },
              { header: t('editor.list.columns.version'), className: 'hr-numeric', cell: (item) => item.version },
              {
                header: t('editor.list.columns.updatedAt'),
                cell: (item) => formatDateTime(item.updatedAt, i18n.language),
              },
            ]}
          />
          <Pagination page={items.data.page} totalPages={items.data.totalPages} toPage={toPage} />
        </>
      )}
    </>
  );
}

/** /redactie/:kind — every task, measure or funding item, drafts and archive included, filtered by status. */
export function EditorListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('editor.title'));
  const kind = kindOfSegment(useParams().kind);
  const [params, setParams] = useSearchParams();
  const search = parseCatalogueSearch(params);
  if (!kind) return <NotFoundPage />;
  const toKind = (next: Kind) => editorPath(next);
  return (
    <>
      <Heading level={1}>{t('editor.title')}</Heading>
      <Paragraph>{t('editor.intro')}</Paragraph>
      <KindSwitch kind={kind} toKind={toKind} label={t('editor.kinds')} />
      <Paragraph>
        <Link
          to={`${editorPath(kind)}/nieuw`}
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
        >
          {t(`editor.new.${kind}`)}
        </Link>
      </Paragraph>
      <EditorTable
        key={kind}
        kind={kind}
        search={search}
        onSearch={(next) => setParams(toCatalogueSearchParams(next))}
      />
    </>
  );
}
