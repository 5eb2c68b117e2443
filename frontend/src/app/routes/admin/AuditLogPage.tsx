import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import {
  type AuditSearch,
  parseAuditSearch,
  toAuditSearchParams,
  useAuditEvents,
} from '@/features/audit/api/getAuditEvents';
import { AuditFilterForm } from '@/features/audit/components/AuditFilterForm';
import { AuditTable } from '@/features/audit/components/AuditTable';

/** /beheer/auditlog: every change, newest first, paged and filtered through the URL. */
export function AuditLogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('audit.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseAuditSearch(searchParams);
  const events = useAuditEvents(search);

  const onSearch = (next: AuditSearch) => setSearchParams(toAuditSearchParams(next));
  const toPage = (page: number) => ({ search: `?${toAuditSearchParams({ ...search, page }).toString()}` });

  return (
    <>
      <Heading level={1}>{t('audit.title')}</Heading>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <AuditFilterForm search={search} onSearch={onSearch} />
      <Paragraph role="status" className="hr-result-count">
        {events.data && !events.error ? t('audit.results', { count: events.data.totalItems }) : ''}
      </Paragraph>
      {events.error ? (
        <ProblemAlert error={events.error} onRetry={() => void events.refetch()} />
      ) : events.isPending ? (
        <Loading />
      ) : (
        <>
          <AuditTable events={events.data} busy={events.isPlaceholderData} />
          <Pagination page={events.data.page} totalPages={events.data.totalPages} toPage={toPage} />
        </>
      )}
    </>
  );
}
