import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RouterLink } from '@/components/RouterLink';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { signalPath } from '@/features/signal/api/signal';
import { SignalForm } from '@/features/signal/components/SignalForm';
import { SIGNALS_PATH } from './SignalsPage';

/** /signalen/nieuw — journey 3: a municipality or province submits; its page then shows the reference. */
export function NewSignalPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signals.form.title'));
  const navigate = useNavigate();
  return (
    <>
      <nav aria-label={t('signals.detail.backOwn')} className="hr-back">
        <RouterLink to={SIGNALS_PATH}>{t('signals.detail.backOwn')}</RouterLink>
      </nav>
      <Heading level={1}>{t('signals.form.title')}</Heading>
      <Paragraph>{t('signals.form.intro')}</Paragraph>
      <SignalForm onSubmitted={({ signal }) => void navigate(signalPath(signal.id), { state: { submitted: true } })} />
    </>
  );
}
