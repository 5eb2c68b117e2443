import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { HistoryList } from '@/features/catalogue/components/HistoryList';
import { useNl } from '@/components/useNl';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useItem } from '@/features/catalogue/api/getItem';
import { useItemHistory } from '@/features/catalogue/api/getItemHistory';
import { type Kind, editorPath, kindOfSegment } from '@/lib/catalogue';
import { NotFoundPage } from '@/app/routes/NotFoundPage';

function ItemHistory({ kind, id }: { kind: Kind; id: string }) {
  const { t } = useTranslation();
  const lang = useNl();
  const item = useItem(kind, id);
  const history = useItemHistory(kind, id);
  const title = item.data?.item.title;
  useDocumentTitle(t('editor.history.title'));
  return (
    <>
      <nav aria-label={t('editor.history.back')} className="hr-back">
        <RouterLink to={editorPath(kind, id)}>{t('editor.history.back')}</RouterLink>
      </nav>
      <Paragraph className="hr-kind-label">{t('editor.history.title')}</Paragraph>
      <Heading level={1} lang={title ? lang : undefined}>
        {title ?? t(`catalogue.kinds.${kind}`)}
      </Heading>
      <Paragraph>{t('editor.history.intro')}</Paragraph>
      {history.error ? (
        <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />
      ) : history.isPending ? (
        <Loading />
      ) : (
        <HistoryList entries={history.data} />
      )}
    </>
  );
}

/** /redactie/:kind/:id/geschiedenis — who changed what and when, newest first. */
export function ItemHistoryPage() {
  const params = useParams();
  const kind = kindOfSegment(params.kind);
  const id = params.id ?? '';
  if (!kind) return <NotFoundPage />;
  return <ItemHistory key={`${kind}/${id}`} kind={kind} id={id} />;
}
