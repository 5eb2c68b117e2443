import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { ErrorSummary } from '@/components/ErrorSummary';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api';
import { IMPORT_COLUMNS, useImportQuotas } from '@/features/quota/api/importQuotas';
import type { QuotaImport } from '@/features/quota/api/quota';
import { usePeriodName } from './labels';

/** The file's text (UTF-8), read in the browser; FileReader, since not every environment has Blob.text(). */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file, 'utf-8');
  });
}

/** One bad line of an import, as the API names it ("regel 3: target") with its reason. */
export interface ImportLineError {
  line: number | undefined;
  field: string;
  reason: string;
}

/** The API's invalidParams in line order: "regel 12" after "regel 3"; a name without a line number last. */
export function importLineErrors(error: unknown): ImportLineError[] {
  const params = error instanceof ApiError ? (error.problem.invalidParams ?? []) : [];
  return params
    .map((param) => {
      const match = /^regel (\d+):\s*(.*)$/i.exec(param.name);
      return match
        ? { line: Number(match[1]), field: match[2] ?? '', reason: param.reason }
        : { line: undefined, field: param.name, reason: param.reason };
    })
    .sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
}

/** The bad lines of a refused import, in line order, and that nothing was written; under the summary's detail. */
export function QuotaImportProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const lines = importLineErrors(error);
  return (
    <>
      {lines.length > 0 && (
        <UnorderedList className="hr-import-errors">
          {lines.map((line, index) => (
            <UnorderedListItem key={`${line.line ?? ''}:${line.field}:${index}`}>
              <strong>
                {line.line === undefined ? line.field : t('quota.import.line', { line: line.line, field: line.field })}
              </strong>
              : <span lang="nl">{line.reason}</span>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <Paragraph>{t('quota.import.nothingWritten')}</Paragraph>
    </>
  );
}

/**
 * "Cijfers inlezen" (support team): a CSV file with municipality;period;target;realised;arrearsIn, read
 * in the browser and sent as text/csv. All lines are written or none: the answer says how many lines
 * and which half years, or lists every bad line.
 */
export function QuotaImportForm({ onImported }: { onImported?: (result: QuotaImport) => void }) {
  const { t } = useTranslation();
  const periodName = usePeriodName();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  const [file, setFile] = useState<File>();
  const [ownErrors, setOwnErrors] = useState<Record<string, string>>();
  const fileError = ownErrors?.file;
  const [reading, setReading] = useState(false);
  const upload = useImportQuotas();

  useEffect(() => {
    if (upload.data) message.current?.focus();
  }, [upload.data]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reading || upload.isPending) return;
    upload.reset();
    if (!file) {
      setOwnErrors({ file: t('quota.import.chooseFile') });
      return;
    }
    setReading(true);
    let csv: string;
    try {
      csv = await readText(file);
    } catch {
      setOwnErrors({ file: t('quota.import.unreadable') });
      return;
    } finally {
      setReading(false);
    }
    upload.mutate(csv, {
      onSuccess: (result) => {
        setFile(undefined);
        if (input.current) input.current.value = '';
        onImported?.(result);
      },
    });
  };

  const busy = reading || upload.isPending;
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="hr-form hr-form--tight"
      aria-label={t('quota.import.title')}
    >
      <ErrorSummary error={upload.error} errors={ownErrors} listParams={false}>
        {upload.error ? <QuotaImportProblem error={upload.error} /> : null}
      </ErrorSummary>
      <FormField type="text" invalid={Boolean(fileError)}>
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor={`${id}-file`}>{t('quota.import.file')}</FormLabel>
        </div>
        <FormFieldDescription id={`${id}-hint`}>
          {t('quota.import.fileHint')} <code>{IMPORT_COLUMNS}</code>
        </FormFieldDescription>
        {fileError && <FormFieldErrorMessage id={`${id}-error`}>{fileError}</FormFieldErrorMessage>}
        <input
          ref={input}
          id={`${id}-file`}
          name="file"
          type="file"
          accept=".csv,text/csv"
          className="hr-file-input"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={[`${id}-hint`, fileError ? `${id}-error` : ''].filter(Boolean).join(' ')}
          onChange={(event) => {
            setFile(event.target.files?.[0]);
            setOwnErrors(undefined);
          }}
        />
      </FormField>
      <Button type="submit" appearance="secondary-action-button" busy={busy}>
        {busy ? t('quota.import.busy') : t('quota.import.submit')}
      </Button>
      <Paragraph role="status" ref={message} tabIndex={-1} className="hr-status-message">
        {upload.data
          ? t('quota.import.done', {
              count: upload.data.lines,
              periods: upload.data.periods.map(periodName).join(', '),
            })
          : ''}
      </Paragraph>
    </form>
  );
}
