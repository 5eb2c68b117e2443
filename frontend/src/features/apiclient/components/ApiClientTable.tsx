import { Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '@/components/DataTable';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateTime } from '@/lib/format';
import type { Page } from '@/lib/page';
import type { ApiClient } from '@/features/apiclient/api/getApiClients';
import { useRevokeApiClient } from '@/features/apiclient/api/revokeApiClient';
import { ConfirmAction } from '@/components/ConfirmAction';
import { ScopeList } from './ScopeList';

interface ApiClientTableProps {
  clients: Page<ApiClient>;
  busy?: boolean;
}

/** One page of API clients; an active one can be revoked after confirming, in its own row. */
export function ApiClientTable({ clients, busy = false }: ApiClientTableProps) {
  const { t, i18n } = useTranslation();
  const revoke = useRevokeApiClient();
  const [revokedName, setRevokedName] = useState('');
  const status = useRef<HTMLParagraphElement>(null);

  const onRevoke = (client: ApiClient) =>
    revoke.mutate(client.id, {
      onSuccess: () => {
        setRevokedName(client.name);
        // The row's buttons are gone; put focus on the message that says what happened.
        requestAnimationFrame(() => status.current?.focus());
      },
    });

  const columns: Column<ApiClient>[] = [
    { header: t('apiClients.name'), cell: (client) => client.name },
    { header: t('apiClients.clientId'), cell: (client) => <code>{client.clientId}</code> },
    { header: t('apiClients.scopes'), cell: (client) => <ScopeList scopes={client.scopes} /> },
    { header: t('apiClients.membership'), cell: (client) => client.organisationCode ?? client.regionCode ?? '—' },
    { header: t('apiClients.createdAt'), cell: (client) => formatDateTime(client.createdAt, i18n.language) },
    {
      header: t('apiClients.status'),
      cell: (client) =>
        client.revokedAt
          ? t('apiClients.revokedOn', { date: formatDateTime(client.revokedAt, i18n.language) })
          : t('apiClients.active'),
    },
    {
      header: t('apiClients.action'),
      cell: (client) =>
        !client.revokedAt && (
          <ConfirmAction
            label={
              <>
                {t('apiClients.revoke')} <span className="hr-visually-hidden">{client.name}</span>
              </>
            }
            question={t('apiClients.revokeConfirm', { name: client.name })}
            confirmLabel={t('apiClients.revokeConfirmYes')}
            busy={revoke.isPending && revoke.variables === client.id}
            onConfirm={() => onRevoke(client)}
          />
        ),
    },
  ];

  return (
    <>
      <Paragraph role="status" ref={status} tabIndex={-1} className="hr-result-count">
        {revokedName ? t('apiClients.revoked', { name: revokedName }) : ''}
      </Paragraph>
      {revoke.error && <ProblemAlert error={revoke.error} />}
      <DataTable
        caption={t('apiClients.caption', { page: clients.page, pages: clients.totalPages })}
        columns={columns}
        rows={clients.items}
        rowKey={(client) => client.id}
        empty={t('apiClients.none')}
        busy={busy}
      />
    </>
  );
}
