import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import type { ApiClient } from '@/features/apiclient/api/getApiClients';
import { ApiClientForm } from '@/features/apiclient/components/ApiClientForm';
import { OneTimeSecret } from '@/components/OneTimeSecret';
import { ScopeList } from '@/features/apiclient/components/ScopeList';
import { useOrganisations } from '@/features/organisation/api/getOrganisations';

/** /beheer/api-clients/nieuw: the form, then the new client with its secret, shown this once only. */
export function NewApiClientPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('apiClients.form.title'));
  const organisations = useOrganisations();
  const [created, setCreated] = useState<ApiClient>();

  return (
    <>
      <nav aria-label={t('apiClients.created.back')} className="hr-back">
        <RouterLink to="/beheer/api-clients">{t('apiClients.created.back')}</RouterLink>
      </nav>
      <Heading level={1}>{t('apiClients.form.title')}</Heading>
      {created ? (
        <OneTimeSecret
          title={t('apiClients.created.title')}
          label={t('apiClients.created.secret')}
          secret={created.clientSecret ?? ''}
          note={t('apiClients.created.note')}
        >
          <DataList className="hr-facts">
            <DataListItem>
              <DataListKey>{t('apiClients.name')}</DataListKey>
              <DataListValue>{created.name}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('apiClients.clientId')}</DataListKey>
              <DataListValue>
                <code>{created.clientId}</code>
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('apiClients.scopes')}</DataListKey>
              <DataListValue>
                <ScopeList scopes={created.scopes} />
              </DataListValue>
            </DataListItem>
          </DataList>
        </OneTimeSecret>
      ) : (
        <>
          <Paragraph>{t('apiClients.form.intro')}</Paragraph>
          <ApiClientForm organisations={organisations.data?.items} onCreated={setCreated} />
        </>
      )}
    </>
  );
}
