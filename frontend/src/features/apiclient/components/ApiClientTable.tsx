import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateTime } from '@/lib/format';
import type { Page } from '@/lib/page';
import type { ApiClient } from '@/features/apiclient/api/getApiClients';
import { useRevokeApiClient } from '@/features/apiclient/api/revokeApiClient';
import { ConfirmAction } from '@/components/ConfirmAction';
import { ScopeList } from './ScopeList';
import { TableScaffold } from '@/components/TableScaffold';

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

  return (
    <>
      <Paragraph role="status" ref={status} tabIndex={-1} className="hr-result-count">
        {revokedName ? t('apiClients.revoked', { name: revokedName }) : ''}
      </Paragraph>
      {revoke.error && <ProblemAlert error={revoke.error} />}
      {clients.items.length === 0 ? (
        <Paragraph>{t('apiClients.none')}</Paragraph>
      ) : (
        <TableScaffold>
          <Table aria-busy={busy}>
            <TableCaption>{t('apiClients.caption', { page: clients.page, pages: clients.totalPages })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('apiClients.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('apiClients.clientId')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('apiClients.scopes')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('apiClients.membership')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('apiClients.createdAt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('apiClients.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('apiClients.action')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {clients.items.map((client) => (
                <TableRow key={client.id}>
                  <TableHeaderCell scope="row">{client.name}</TableHeaderCell>
                  <TableCell>
                    <code>{client.clientId}</code>
                  </TableCell>
                  <TableCell>
                    <ScopeList scopes={client.scopes} />
                  </TableCell>
                  <TableCell>{client.organisationCode ?? client.regionCode ?? '—'}</TableCell>
                  <TableCell>{formatDateTime(client.createdAt, i18n.language)}</TableCell>
                  <TableCell>
                    {client.revokedAt
                      ? t('apiClients.revokedOn', { date: formatDateTime(client.revokedAt, i18n.language) })
                      : t('apiClients.active')}
                  </TableCell>
                  <TableCell>
                    {!client.revokedAt && (
                      <ConfirmAction
                        label={
                          <>
                            {t('apiClients.revoke')}{' '}
                            <span className="hr-visually-hidden">{client.name}</span>
                          </>
                        }
                        question={t('apiClients.revokeConfirm', { name: client.name })}
                        confirmLabel={t('apiClients.revokeConfirmYes')}
                        busy={revoke.isPending && revoke.variables === client.id}
                        onConfirm={() => onRevoke(client)}
                      />
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScaffold>
      )}
    </>
  );
}
