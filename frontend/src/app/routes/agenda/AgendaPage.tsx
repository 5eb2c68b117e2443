import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DownloadLink } from '@/components/DownloadLink';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { AGENDA_EXPORT_URL } from '@/features/agenda/api/exportAgendaItems';
import { useAgendaItems } from '@/features/agenda/api/getAgendaItems';
import { AgendaItemList } from '@/features/agenda/components/AgendaItemList';
import { MilestoneTimeline } from '@/features/agenda/components/MilestoneTimeline';
import { activeItems, agendaTimeline } from '@/features/agenda/components/milestones';
import { useSession } from '@/features/session/useSession';
import { DOCUMENTS_EXPORT_URL } from '@/features/document/api/exportDocuments';
import { useDocuments } from '@/features/document/api/getDocuments';
import { DocumentTimeline } from '@/features/document/components/DocumentTimeline';
import { isoToday } from '@/lib/catalogue';
import { Section } from '@/components/Section';

/**
 * /agenda — journey 5, public: the Integrale Uitvoeringsagenda as a timeline of milestones, its actions
 * with owner, status, money and signals, and the documents that frame it. The support team and editors
 * add actions here.
 */
export function AgendaPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('agenda.title'));
  const { caller } = useSession();
  const support = caller?.role === 'support';
  const mayEdit = support || caller?.role === 'editor';
  const items = useAgendaItems();
  const documents = useDocuments();

  return (
    <>
      <Heading level={1}>{t('agenda.title')}</Heading>
      <Paragraph>{t('agenda.intro')}</Paragraph>
      <ul className="hr-link-row">
        {mayEdit && (
          <li>
            <RouterLink to="/agenda/nieuw">{t('agenda.newLink')}</RouterLink>
          </li>
        )}
        <li>
          <RouterLink to="/provinciale-plannen">{t('quota.plansLink')}</RouterLink>
        </li>
        <li>
          <RouterLink to="/taakstelling">{t('agenda.monitorLink')}</RouterLink>
        </li>
      </ul>
      <Section title={t('agenda.milestonesTitle')}>
        <Paragraph>{t('agenda.milestonesIntro')}</Paragraph>
        {items.error ? (
          <ProblemAlert error={items.error} headingLevel={3} onRetry={() => void items.refetch()} />
        ) : items.data ? (
          <MilestoneTimeline milestones={agendaTimeline(activeItems(items.data), isoToday())} />
        ) : (
          <Loading />
        )}
      </Section>
      <Section title={t('agenda.itemsTitle')}>
        {items.error ? (
          <ProblemAlert error={items.error} headingLevel={3} onRetry={() => void items.refetch()} />
        ) : items.data ? (
          <AgendaItemList items={items.data} support={support} />
        ) : (
          <Loading />
        )}
        <p>
          <DownloadLink href={AGENDA_EXPORT_URL} fileName="uitvoeringsagenda.csv">
            {t('agenda.export')}
          </DownloadLink>
        </p>
      </Section>
      <Section title={t('documents.title')}>
        <Paragraph>{t('documents.intro')}</Paragraph>
        {documents.error ? (
          <ProblemAlert error={documents.error} headingLevel={3} onRetry={() => void documents.refetch()} />
        ) : documents.data ? (
          <DocumentTimeline documents={documents.data} />
        ) : (
          <Loading />
        )}
        <p>
          <DownloadLink href={DOCUMENTS_EXPORT_URL} fileName="documenten.csv">
            {t('documents.export')}
          </DownloadLink>
        </p>
      </Section>
    </>
  );
}
