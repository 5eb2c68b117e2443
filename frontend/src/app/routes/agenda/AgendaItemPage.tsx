import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { useNl } from '@/components/useNl';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { AGENDA_PATH, agendaItemPath } from '@/features/agenda/api/agenda';
import { useAgendaItem } from '@/features/agenda/api/getAgendaItem';
import { useAgendaItemHistory } from '@/features/agenda/api/getAgendaItemHistory';
import { AgendaHistory } from '@/features/agenda/components/AgendaHistory';
import { AgendaItemFacts } from '@/features/agenda/components/AgendaItemFacts';
import { MilestoneTimeline } from '@/features/agenda/components/MilestoneTimeline';
import { agendaTimeline } from '@/features/agenda/components/milestones';
import { useSession } from '@/features/session/useSession';
import { isoToday } from '@/lib/catalogue';
import { Section } from '@/components/Section';
import { Breadcrumbs } from '@/components/Breadcrumbs';

/** /agenda/:id — one action: its facts, description, milestones and history; the support team and editors can change it. */
export function AgendaItemPage() {
  const { t } = useTranslation();
  const lang = useNl();
  const { id = '' } = useParams();
  const location = useLocation();
  const { caller } = useSession();
  const support = caller?.role === 'support';
  const mayEdit = support || caller?.role === 'editor';
  const query = useAgendaItem(id);
  const history = useAgendaItemHistory(id);
  const item = query.data?.item;
  const state = location.state as { created?: boolean; saved?: number } | null;
  useDocumentTitle(item?.title ?? t('agenda.item'));

  const back = (
    <Breadcrumbs trail={[{ to: AGENDA_PATH, label: t('nav.agenda') }]} current={item?.title ?? t('agenda.item')} />
  );
  if (!item) {
    return (
      <>
        {back}
        <Heading level={1}>{t('agenda.item')}</Heading>
        {query.error ? <ProblemAlert error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </>
    );
  }

  return (
    <>
      {back}
      <Paragraph className="hr-kind-label">{t('agenda.item')}</Paragraph>
      <Heading level={1} lang={lang}>
        {item.title}
      </Heading>
      {(state?.created || state?.saved) && (
        <Alert type="ok" role="status" className="hr-notice">
          <Paragraph>
            {state.created ? t('agenda.form.created') : t('agenda.form.saved', { version: state.saved })}
          </Paragraph>
        </Alert>
      )}
      {mayEdit && (
        <ul className="hr-link-row">
          <li>
            <RouterLink to={agendaItemPath(item.id, 'edit')}>{t('agenda.editLink')}</RouterLink>
          </li>
        </ul>
      )}
      <Section title={t('agenda.facts')} className="hr-signal-section">
        <AgendaItemFacts item={item} support={support} />
      </Section>
      <Section title={t('agenda.fields.description')} className="hr-signal-section">
        <p className="utrecht-paragraph hr-prose" lang={lang}>
          {item.description}
        </p>
      </Section>
      <Section title={t('agenda.fields.milestones')} className="hr-signal-section">
        <MilestoneTimeline milestones={agendaTimeline([item], isoToday())} />
      </Section>
      <Section title={t('editor.history.title')} className="hr-signal-section">
        {history.error ? (
          <ProblemAlert error={history.error} headingLevel={3} onRetry={() => void history.refetch()} />
        ) : history.data ? (
          <AgendaHistory changes={history.data} />
        ) : (
          <Loading />
        )}
      </Section>
    </>
  );
}
