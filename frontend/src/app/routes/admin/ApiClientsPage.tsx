import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { Pagination } from '@/components/Pagination';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useApiClients } from '@/features/apiclient/api/getApiClients';
import { ApiClientTable } from '@/features/apiclient/components/ApiClientTable';

function pageOf(params: URLSearchParams): number {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** /beheer/api-clients: every client, newest first, each revocable after confirming. */
export function ApiClientsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('apiClients.title'));
  const [searchParams] = useSearchParams();
  const clients = useApiClients(pageOf(searchParams));

  return (
    <>
      <Heading level={1}>{t('apiClients.title')}</Heading>
      <Paragraph>{t('apiClients.intro')}</Paragraph>
      <Paragraph>
        <Link
          to="/beheer/api-clients/nieuw"
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
        >
          {t('apiClients.new')}
        </Link>
      </Paragraph>
      {clients.error ? (
        <ProblemAlert error={clients.error} onRetry={() => void clients.refetch()} />
      ) : clients.isPending ? (
        <Loading />
      ) : (
        <>
          <ApiClientTable clients={clients.data} busy={clients.isPlaceholderData} />
          <Pagination
            page={clients.data.page}
            totalPages={clients.data.totalPages}
            toPage={(page) => ({ search: page > 1 ? `?page=${page}` : '' })}
          />
        </>
      )}
    </>
  );
}
