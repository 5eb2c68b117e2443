import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NEXT_STATUSES, type PublicationStatus } from '@/lib/catalogue';
import { ChangeProblem } from '@/components/ChangeProblem';
import { PublicationStatusBadge } from './PublicationStatusBadge';

interface StatusActionsProps {
  status: PublicationStatus;
  version: number;
  onChange: (status: PublicationStatus) => void;
  busy?: boolean;
  error?: unknown;
  /** The status this item just moved to, to say so. */
  changedTo?: PublicationStatus;
  onReload: () => void;
  reloading?: boolean;
}

/**
 * The current publication status and a button for each allowed next status only: a draft can be
 * published; a published item archived or taken back to draft; an archived item back to draft.
 */
export function StatusActions({
  status,
  version,
  onChange,
  busy = false,
  error,
  changedTo,
  onReload,
  reloading,
}: StatusActionsProps) {
  const { t } = useTranslation();
  const id = useId();
  const message = useRef<HTMLParagraphElement>(null);

  // The buttons change with the status; keep keyboard users in place on the message that says what happened.
  useEffect(() => {
    if (changedTo) message.current?.focus();
  }, [changedTo, version]);

  return (
    <section aria-labelledby={id} className="hr-panel">
      <Heading level={2} id={id}>
        {t('editor.status.title')}
      </Heading>
      <Paragraph>
        {t('editor.status.current')} <PublicationStatusBadge status={status} />{' '}
        <span className="hr-muted-text">{t('editor.status.version', { version })}</span>
      </Paragraph>
      <Paragraph role="status" ref={message} tabIndex={-1} className="hr-status-message">
        {changedTo ? t(`editor.status.done.${changedTo}`) : ''}
      </Paragraph>
      <ChangeProblem error={error} onReload={onReload} reloading={reloading} headingLevel={3} />
      <div className="hr-actions">
        {NEXT_STATUSES[status].map((next) => (
          <Button
            key={next}
            appearance={next === 'published' ? 'primary-action-button' : 'secondary-action-button'}
            busy={busy}
            onClick={() => busy || onChange(next)}
          >
            {t(`editor.status.actions.${next}`)}
          </Button>
        ))}
      </div>
    </section>
  );
}
