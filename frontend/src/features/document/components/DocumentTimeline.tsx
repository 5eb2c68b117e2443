import { Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNl } from '@/components/useNl';
import { formatDate } from '@/lib/format';
import type { FramingDocument } from '@/features/document/api/getDocuments';

/** The documents in date order: date, kind, title (a link where it can be read), and what it says. */
export function DocumentTimeline({ documents }: { documents: readonly FramingDocument[] }) {
  const { t, i18n } = useTranslation();
  const lang = useNl();
  if (documents.length === 0) return <Paragraph>{t('documents.none')}</Paragraph>;
  const ordered = [...documents].sort((a, b) => a.issuedOn.localeCompare(b.issuedOn));
  return (
    <ol className="hr-timeline hr-documents">
      {ordered.map((document) => (
        <li key={document.id} className="hr-timeline__entry" data-kind={document.kind}>
          <h3 className="utrecht-heading-3 hr-timeline__title">
            <time dateTime={document.issuedOn}>{formatDate(document.issuedOn, i18n.language)}</time>
            {': '}
            {document.url ? (
              <Link href={document.url} lang={lang}>
                {document.title}
              </Link>
            ) : (
              <span lang={lang}>{document.title}</span>
            )}
          </h3>
          <p className="utrecht-paragraph hr-timeline__meta">
            {t(`documents.kinds.${document.kind}`)}
            {!document.url && ` · ${t('documents.noLink')}`}
          </p>
          <p className="utrecht-paragraph" lang={lang}>
            {document.summary}
          </p>
        </li>
      ))}
    </ol>
  );
}
