import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ErrorSummary';
import { problemMessage } from '@/components/ProblemAlert';
import { formatDateTime } from '@/lib/format';
import {
  ATTACHMENT_ACCEPT,
  MAX_ATTACHMENT_BYTES,
  useAddSignalAttachment,
} from '@/features/signal/api/addSignalAttachment';
import { downloadSignalAttachment } from '@/features/signal/api/getSignalAttachment';
import type { SignalAttachment } from '@/features/signal/api/signal';
import { formatFileSize } from './labels';

/** One attachment: a button that downloads it with the session's token, and who added it when. */
function AttachmentItem({
  signalId,
  attachment,
  onError,
}: {
  signalId: string;
  attachment: SignalAttachment;
  onError: (name: string, error: unknown) => void;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = () => {
    setBusy(true);
    downloadSignalAttachment(signalId, attachment.id, attachment.fileName)
      .catch((error: unknown) => onError(attachment.fileName, error))
      .finally(() => setBusy(false));
  };
  return (
    <li className="hr-link-list__item">
      <Button
        appearance="subtle-button"
        className="hr-download-button"
        busy={busy}
        onClick={() => busy || download()}
        aria-label={t('signals.attachments.download', { name: attachment.fileName })}
      >
        {attachment.fileName}
      </Button>
      <span className="hr-muted-text">
        {t('signals.attachments.meta', {
          size: formatFileSize(attachment.size, i18n.language),
          who: attachment.uploadedBy,
          when: formatDateTime(attachment.uploadedAt, i18n.language),
        })}
      </span>
    </li>
  );
}

interface SignalAttachmentsProps {
  signalId: string;
  attachments: readonly SignalAttachment[];
}

/** The attachments of a signal, each downloadable, and a form to add one (PDF, Office, OpenDocument, images; 10 MB). */
export function SignalAttachments({ signalId, attachments }: SignalAttachmentsProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  const [file, setFile] = useState<File>();
  const [ownErrors, setOwnErrors] = useState<Record<string, string>>();
  const fileError = ownErrors?.file;
  const [added, setAdded] = useState<string>();
  const [downloadError, setDownloadError] = useState<{ name: string; error: unknown }>();
  const upload = useAddSignalAttachment(signalId);

  useEffect(() => {
    if (added) message.current?.focus();
  }, [added]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAdded(undefined);
    upload.reset();
    const error = !file
      ? t('signals.attachments.chooseFile')
      : file.size > MAX_ATTACHMENT_BYTES
        ? t('signals.attachments.tooLarge')
        : undefined;
    setOwnErrors(error ? { file: error } : undefined);
    if (error || !file) return;
    upload.mutate(file, {
      onSuccess: (attachment) => {
        setAdded(attachment.fileName);
        setFile(undefined);
        if (input.current) input.current.value = '';
      },
    });
  };

  return (
    <>
      {attachments.length === 0 ? (
        <Paragraph>{t('signals.attachments.none')}</Paragraph>
      ) : (
        <ul className="hr-link-list">
          {attachments.map((attachment) => (
            <AttachmentItem
              key={attachment.id}
              signalId={signalId}
              attachment={attachment}
              onError={(name, error) => setDownloadError({ name, error })}
            />
          ))}
        </ul>
      )}
      {downloadError && (
        <Alert type="error" role="alert">
          <Heading level={3}>{t('signals.attachments.downloadFailed', { name: downloadError.name })}</Heading>
          <Paragraph>{problemMessage(downloadError.error, t)}</Paragraph>
        </Alert>
      )}
      <Paragraph role="status" ref={message} tabIndex={-1} className="hr-status-message">
        {added ? t('signals.attachments.added', { name: added }) : ''}
      </Paragraph>
      <Heading level={3}>{t('signals.attachments.add')}</Heading>
      <form onSubmit={submit} noValidate className="hr-form hr-form--tight" aria-label={t('signals.attachments.add')}>
        <ErrorSummary error={upload.error} errors={ownErrors} />
        <FormField type="text" invalid={Boolean(fileError)}>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={`${id}-file`}>{t('signals.attachments.file')}</FormLabel>
          </div>
          <FormFieldDescription id={`${id}-hint`}>{t('signals.attachments.fileHint')}</FormFieldDescription>
          {fileError && <FormFieldErrorMessage id={`${id}-error`}>{fileError}</FormFieldErrorMessage>}
          <input
            ref={input}
            id={`${id}-file`}
            name="file"
            type="file"
            accept={ATTACHMENT_ACCEPT}
            className="hr-file-input"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={[`${id}-hint`, fileError ? `${id}-error` : ''].filter(Boolean).join(' ')}
            onChange={(event) => {
              setFile(event.target.files?.[0]);
              setOwnErrors(undefined);
            }}
          />
        </FormField>
        <Button type="submit" appearance="secondary-action-button" busy={upload.isPending} disabled={upload.isPending}>
          {upload.isPending ? t('signals.attachments.busy') : t('signals.attachments.submit')}
        </Button>
      </form>
    </>
  );
}
