import { Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldErrors } from '@/components/ErrorSummary';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TextAreaField } from '@/components/TextAreaField';
import { formatDateTime } from '@/lib/format';
import { useAddSignalNote } from '@/features/signal/api/addSignalNote';
import { useSignalNotes } from '@/features/signal/api/getSignalNotes';

/**
 * The support team's internal notes on a signal, oldest first, and a form to add one. Only the support
 * team's pages render this: the submitter never sees notes, nor asks for them.
 */
export function SignalNotes({ signalId }: { signalId: string }) {
  const { t, i18n } = useTranslation();
  const notes = useSignalNotes(signalId);
  const add = useAddSignalNote(signalId);
  const [text, setText] = useState('');
  const [added, setAdded] = useState(0);
  const message = useRef<HTMLParagraphElement>(null);
  const errors = fieldErrors(add.error);

  useEffect(() => {
    if (added > 0) message.current?.focus();
  }, [added]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate(text.trim(), {
      onSuccess: () => {
        setText('');
        setAdded((count) => count + 1);
      },
    });
  };

  return (
    <>
      <Paragraph>{t('signals.notes.intro')}</Paragraph>
      {notes.error ? (
        <ProblemAlert error={notes.error} headingLevel={3} onRetry={() => void notes.refetch()} />
      ) : notes.isPending ? (
        <Loading />
      ) : notes.data.length === 0 ? (
        <Paragraph>{t('signals.notes.none')}</Paragraph>
      ) : (
        <ol className="hr-notes">
          {notes.data.map((note) => (
            <li key={note.id} className="hr-notes__item">
              <Paragraph className="hr-notes__meta">
                {t('signals.notes.byAt', {
                  name: note.authorName,
                  when: formatDateTime(note.writtenAt, i18n.language),
                })}
              </Paragraph>
              <p className="hr-prose" lang={i18n.language === 'nl' ? undefined : 'nl'}>
                {note.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      <Paragraph role="status" ref={message} tabIndex={-1} className="hr-status-message">
        {added > 0 && !add.error ? t('signals.notes.added') : ''}
      </Paragraph>
      <form noValidate onSubmit={submit} className="hr-form hr-form--wide" aria-label={t('signals.notes.text')}>
        <ErrorSummary error={add.error} />
        <TextAreaField
          label={t('signals.notes.text')}
          name="note"
          required
          value={text}
          onChange={setText}
          error={errors.text}
        />
        <Button type="submit" appearance="secondary-action-button" busy={add.isPending} disabled={add.isPending}>
          {add.isPending ? t('signals.notes.busy') : t('signals.notes.submit')}
        </Button>
      </form>
    </>
  );
}
