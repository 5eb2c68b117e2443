import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { FundingOverview } from '@/features/catalogue/funding/FundingOverview';
import { API_BASE_PATH } from '@/lib/api';
import { isoToday } from '@/lib/catalogue';
import { formatDate } from '@/lib/format';

/** /financiering — every funding item by closing date, open or closed today, each with "Zet in agenda". */
export function FundingOverviewPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('funding.title'));
  const today = isoToday();
  return (
    <>
      <Heading level={1}>{t('funding.title')}</Heading>
      <Paragraph>{t('funding.intro')}</Paragraph>
      <ul className="hr-link-row">
        <li>
          <Link href={`${API_BASE_PATH}/funding/calendar`} download="financiering.ics">
            {t('funding.feed')}
          </Link>
        </li>
        <li>
          <RouterLink to="/zoeken?kind=funding">{t('funding.finderLink')}</RouterLink>
        </li>
      </ul>
      <Paragraph>{t('funding.today', { date: formatDate(today, i18n.language) })}</Paragraph>
      <FundingOverview />
    </>
  );
}
