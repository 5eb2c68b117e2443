import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** A polite status line while data loads. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" aria-live="polite">
      {t('app.loading')}
    </Paragraph>
  );
}
