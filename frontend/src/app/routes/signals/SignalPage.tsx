import { useQuery } from '@tanstack/react-query';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { Section } from '@/components/Section';
import { type LinkChangeRequest, LinkEditor } from '@/features/catalogue/components/LinkEditor';
import { useNl } from '@/components/useNl';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useSession } from '@/features/session/useSession';
import { organisationsQuery } from '@/features/organisation/api/getOrganisations';
import { useSignal } from '@/features/signal/api/getSignal';
import { useSignalHistory } from '@/features/signal/api/getSignalHistory';
import { useSignalThemes } from '@/features/signal/api/getSignalThemes';
import { useLinkSignal } from '@/features/signal/api/linkSignal';
import type { Signal } from '@/features/signal/api/signal';
import { ClassificationForm } from '@/features/signal/components/ClassificationForm';
import { ExampleBadge, OverdueBadge, SignalStatusBadge } from '@/features/signal/components/SignalBadges';
import { SignalAttachments } from '@/features/signal/components/SignalAttachments';
import { SignalFacts } from '@/features/signal/components/SignalFacts';
import { SignalLinks } from '@/features/signal/components/SignalLinks';
import { SignalNotes } from '@/features/signal/components/SignalNotes';
import { SignalTimeline } from '@/features/signal/components/SignalTimeline';
import { TransitionPanel } from '@/features/signal/components/TransitionPanel';
import { SIGNALS_PATH } from './SignalsPage';
import { Breadcrumbs } from '@/components/Breadcrumbs';

/** The support team's link picker: tasks and measures, found with the catalogue's search. */
function SupportLinks({ signal, onReload, reloading }: { signal: Signal; onReload: () => void; reloading: boolean }) {
  const link = useLinkSignal(signal.id);
  const [done, setDone] = useState<LinkChangeRequest>();
  return (
    <LinkEditor
      links={signal.links}
      kinds={['measure', 'task']}
      busy={link.isPending}
      error={link.error}
      done={done}
      onReload={onReload}
      reloading={reloading}
      onChange={(change) =>
        link.mutate({ itemId: change.linkedId, linked: change.linked }, { onSuccess: () => setDone(change) })
      }
    />
  );
}

/**
 * /signalen/:id — journeys 3 and 4. Everyone who may see the signal gets its facts, description, public
 * answer, links, attachments, timeline and the transitions it allows them now. The support team also
 * classifies it, links tasks and measures, and keeps internal notes; those never render for a region.
 */
export function SignalPage() {
  const { t } = useTranslation();
  const lang = useNl();
  const { id = '' } = useParams();
  const location = useLocation();
  const { caller } = useSession();
  const support = caller?.role === 'support';
  const submitted = (location.state as { submitted?: boolean } | null)?.submitted === true;
  const query = useSignal(id);
  const history = useSignalHistory(id);
  const themes = useSignalThemes();
  const organisations = useQuery({ ...organisationsQuery(), enabled: support });
  const [reloading, setReloading] = useState(false);
  const signal = query.data?.signal;
  useDocumentTitle(signal ? `${signal.reference}: ${signal.title}` : t('signals.types.signal'));

  const reload = async () => {
    setReloading(true);
    await Promise.all([query.refetch(), history.refetch()]);
    setReloading(false);
  };

  const back = (
    <Breadcrumbs
      trail={[{ to: SIGNALS_PATH, label: t('nav.signals') }]}
      current={signal?.title ?? t('signals.types.signal')}
    />
  );

  if (!signal) {
    return (
      <>
        {back}
        <Heading level={1}>{t('signals.types.signal')}</Heading>
        {query.error ? <ProblemAlert error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </>
    );
  }

  const owners = organisations.data?.items
    .filter((organisation) => organisation.supportTeam)
    .map((organisation) => ({
      value: organisation.code,
      label: `${organisation.abbreviation ?? organisation.code} – ${organisation.name}`,
    }));

  return (
    <>
      {back}
      <Paragraph className="hr-kind-label">
        {t(`signals.types.${signal.type}`)} · {signal.reference}
      </Paragraph>
      <Heading level={1} lang={lang}>
        {signal.title}
      </Heading>
      <Paragraph className="hr-badges">
        <SignalStatusBadge status={signal.status} />
        {signal.overdue && <OverdueBadge />}
        {signal.example && <ExampleBadge />}
      </Paragraph>
      {submitted && (
        <Alert type="ok" role="status" className="hr-notice">
          <Heading level={2}>
            {t('signals.detail.submitted', { type: t(`signals.types.${signal.type}`).toLowerCase() })}
          </Heading>
          <Paragraph className="hr-reference">
            {t('signals.detail.reference')}: <strong>{signal.reference}</strong>
          </Paragraph>
          <Paragraph>{t('signals.detail.submittedKeep')}</Paragraph>
          <Paragraph>{t('signals.detail.submittedAttach')}</Paragraph>
        </Alert>
      )}

      <Section title={t('signals.detail.facts')} className="hr-signal-section">
        <SignalFacts signal={signal} />
      </Section>
      <Section title={t('signals.detail.description')} className="hr-signal-section">
        <p className="utrecht-paragraph hr-prose" lang={lang}>
          {signal.description}
        </p>
      </Section>
      <Section title={t('signals.detail.answer')} className="hr-signal-section">
        {signal.answer ? (
          <p className="utrecht-paragraph hr-prose hr-answer" lang={lang}>
            {signal.answer}
          </p>
        ) : (
          <Paragraph>{t('signals.detail.noAnswer')}</Paragraph>
        )}
      </Section>

      <TransitionPanel key={signal.id} signal={signal} support={support} />

      {support && (
        <Section title={t('signals.classification.title')} className="hr-panel">
          <ClassificationForm
            signal={signal}
            etag={query.data?.etag}
            themes={themes.data}
            owners={owners}
            onReload={reload}
          />
        </Section>
      )}

      {support ? (
        <SupportLinks signal={signal} onReload={() => void reload()} reloading={reloading} />
      ) : (
        <Section title={t('signals.links.title')} className="hr-panel">
          <SignalLinks links={signal.links} />
        </Section>
      )}

      {support && (
        <Section title={t('signals.notes.title')} className="hr-panel">
          <SignalNotes signalId={signal.id} />
        </Section>
      )}

      <Section title={t('signals.attachments.title')} className="hr-panel">
        <SignalAttachments signalId={signal.id} attachments={signal.attachments} />
      </Section>

      <Section title={t('signals.timeline.title')} className="hr-panel">
        {history.error ? (
          <ProblemAlert error={history.error} headingLevel={3} onRetry={() => void history.refetch()} />
        ) : history.isPending ? (
          <Loading />
        ) : (
          <SignalTimeline events={history.data} />
        )}
      </Section>
    </>
  );
}
