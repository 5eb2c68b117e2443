import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { UnsubscribeConfirmation } from '@/features/unsubscription/components/UnsubscribeConfirmation';

/** /mail-afmelden/:token — the link at the foot of every mail that can be stopped; no sign-in needed. */
export function UnsubscribePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('unsubscription.title'));
  const { token = '' } = useParams();
  return (
    <>
      <Heading level={1}>{t('unsubscription.title')}</Heading>
      <UnsubscribeConfirmation token={token} />
    </>
  );
}
