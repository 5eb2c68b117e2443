import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { FollowedFunding } from '@/features/follow/components/FollowedFunding';

/** /gevolgd — the funding the signed-in person follows, with their closing dates and a way to stop each. */
export function FollowsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('follow.title'));
  return (
    <>
      <Heading level={1}>{t('follow.title')}</Heading>
      <Paragraph appearance="lead">{t('follow.intro')}</Paragraph>
      <FollowedFunding />
    </>
  );
}
