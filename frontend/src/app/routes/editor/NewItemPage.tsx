import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { RouterLink } from '@/components/RouterLink';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useCreateItem } from '@/features/catalogue/api/createItem';
import { KIND_COMPONENTS } from '@/features/catalogue/kindComponents';
import { type Kind, editorPath, kindOfSegment } from '@/lib/catalogue';
import { NotFoundPage } from '@/app/routes/NotFoundPage';

function NewItem<K extends Kind>({ kind }: { kind: K }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateItem(kind);
  const { Form } = KIND_COMPONENTS[kind];
  return (
    <Form
      onSubmit={(request) =>
        create.mutate(request, {
          onSuccess: (created) => void navigate(editorPath(kind, created.item.id), { state: { created: true } }),
        })
      }
      pending={create.isPending}
      error={create.error}
      submitLabel={t('editor.form.create')}
      pendingLabel={t('editor.form.saving')}
    />
  );
}

/** /redactie/:kind/nieuw — a new task, measure or funding item, saved as a draft. */
export function NewItemPage() {
  const { t } = useTranslation();
  const kind = kindOfSegment(useParams().kind);
  useDocumentTitle(kind ? t(`editor.new.${kind}`) : t('notFound.title'));
  if (!kind) return <NotFoundPage />;
  return (
    <>
      <nav aria-label={t('editor.back')} className="hr-back">
        <RouterLink to={editorPath(kind)}>{t('editor.back')}</RouterLink>
      </nav>
      <Heading level={1}>{t(`editor.new.${kind}`)}</Heading>
      <Paragraph>{t('editor.form.intro')}</Paragraph>
      <NewItem key={kind} kind={kind} />
    </>
  );
}
