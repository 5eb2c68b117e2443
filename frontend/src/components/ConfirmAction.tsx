import { Button, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmActionProps {
  /** The button that asks; its accessible name may add what it acts on. */
  label: ReactNode;
  question: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
}

/**
 * A button that first asks, in place: the question with "yes" and "cancel". Focus moves to "yes" and
 * back to the button on cancel, so keyboard and screen-reader users keep their place.
 */
export function ConfirmAction({ label, question, confirmLabel, busy = false, onConfirm }: ConfirmActionProps) {
  const { t } = useTranslation();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    (asking ? yes : ask).current?.focus();
  }, [asking]);

  const toggle = (next: boolean) => {
    moved.current = true;
    setAsking(next);
  };

  if (!asking) {
    return (
      <Button ref={ask} appearance="secondary-action-button" hint="danger" onClick={() => toggle(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div role="group" aria-labelledby={`${id}-question`} className="hr-confirm">
      <Paragraph id={`${id}-question`}>{question}</Paragraph>
      <div className="hr-actions">
        <Button
          ref={yes}
          appearance="primary-action-button"
          hint="danger"
          busy={busy}
          disabled={busy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => toggle(false)}>
          {t('admin.cancel')}
        </Button>
      </div>
    </div>
  );
}
