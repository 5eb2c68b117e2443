import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/lib/format';
import {
  SIGNAL_PRIORITIES,
  SIGNAL_STATUSES,
  type SignalEvent,
  TRANSITION_NAMES,
  oneOf,
} from '@/features/signal/api/signal';
import { useThemeName } from './labels';

const FIELDS = [
  'theme',
  'priority',
  'owner',
  'dueOn',
  'attachment',
  'task',
  'measure',
  'funding',
  'agendaItem',
] as const;

function statusText(t: TFunction, status: string | null | undefined): string {
  return oneOf(SIGNAL_STATUSES, status) ? t(`signals.statuses.${status}`) : (status ?? '');
}

/** What happened, in words: "Beantwoord", "Gekoppeld", …; an action the app does not know yet as the API names it. */
export function eventTitle(t: TFunction, event: SignalEvent): string {
  if (event.action === 'transition' && oneOf(TRANSITION_NAMES, event.transition))
    return t(`signals.timeline.transitions.${event.transition}`);
  return t(`signals.timeline.actions.${event.action}`);
}

/** One changed field as "Thema: Overig → Taakstelling huisvesting", with codes in words. */
function ChangeLine({
  field,
  from,
  to,
}: {
  field: string | undefined;
  from: string | null | undefined;
  to: string | null | undefined;
}) {
  const { t, i18n } = useTranslation();
  const themeName = useThemeName();
  const value = (raw: string | null | undefined) => {
    if (raw === null || raw === undefined || raw === '') return t('signals.timeline.empty');
    if (field === 'theme') return themeName(raw);
    if (field === 'priority' && oneOf(SIGNAL_PRIORITIES, raw)) return t(`signals.priorities.${raw}`);
    if (field === 'dueOn') return formatDate(raw, i18n.language);
    return raw;
  };
  const name = oneOf(FIELDS, field) ? t(`signals.timeline.fields.${field}`) : (field ?? '');
  return (
    <li>
      {name}: {from !== null && from !== undefined && from !== '' ? <>{value(from)} → </> : null}
      {value(to)}
    </li>
  );
}

/**
 * The history of a signal, oldest first: what happened, who and when, the status from → to, the text
 * that went with it (the answer, a reason) and which fields changed. Internal notes are never in it.
 */
export function SignalTimeline({ events }: { events: readonly SignalEvent[] }) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) return <Paragraph>{t('signals.timeline.none')}</Paragraph>;
  return (
    <ol className="hr-timeline">
      {events.map((event, index) => (
        <li key={`${event.occurredAt}-${index}`} className="hr-timeline__entry">
          <Heading level={3} className="hr-timeline__title">
            {eventTitle(t, event)}
          </Heading>
          <Paragraph className="hr-timeline__meta">
            {t('signals.timeline.byAt', {
              name: event.actorName,
              when: formatDateTime(event.occurredAt, i18n.language),
            })}
          </Paragraph>
          {event.fromStatus && event.toStatus && (
            <Paragraph>
              {t('signals.timeline.fromTo', {
                from: statusText(t, event.fromStatus),
                to: statusText(t, event.toStatus),
              })}
            </Paragraph>
          )}
          {event.text && (
            <blockquote className="hr-timeline__text hr-prose" lang={i18n.language === 'nl' ? undefined : 'nl'}>
              {event.text}
            </blockquote>
          )}
          {event.changes.length > 0 && (
            <ul className="hr-timeline__changes">
              {event.changes.map((change, changeIndex) => (
                <ChangeLine
                  key={`${change.field}-${changeIndex}`}
                  field={change.field}
                  from={change.from}
                  to={change.to}
                />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
