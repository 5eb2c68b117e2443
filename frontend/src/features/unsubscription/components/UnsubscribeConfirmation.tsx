import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useConfirmUnsubscription } from '../api/confirmUnsubscription';
import { useUnsubscription } from '../api/getUnsubscription';

/**
 * What the link from a mail stops, and a button to confirm it. Nothing stops on opening the page (a mail
 * scanner that follows links must not unsubscribe anyone); only the button does.
 */
export function UnsubscribeConfirmation({ token }: { token: string }) {
  const { t } = useTranslation();
  const shown = useUnsubscription(token);
  const confirm = useConfirmUnsubscription(token);
  if (shown.error) return <ProblemAlert error={shown.error} />;
  if (shown.isPending) return <Loading />;
  return (
    <>
      {shown.data.description && (
        <>
          <Paragraph>{t('unsubscription.stops')}</Paragraph>
          <Paragraph>
            <strong>{shown.data.description}</strong>
          </Paragraph>
        </>
      )}
      {confirm.error && <ProblemAlert error={confirm.error} />}
      <Paragraph role="status">
        {confirm.isSuccess ? t('unsubscription.done') : shown.data.active ? '' : t('unsubscription.alreadyStopped')}
      </Paragraph>
      {shown.data.active && !confirm.isSuccess && (
        <>
          <Paragraph>{t('unsubscription.noSignIn')}</Paragraph>
          <Button
            appearance="primary-action-button"
            busy={confirm.isPending}
            onClick={() => confirm.isPending || confirm.mutate()}
          >
            {t('unsubscription.confirm')}
          </Button>
        </>
      )}
    </>
  );
}
