import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { type LinkChangeRequest, LinkEditor } from '@/features/catalogue/components/LinkEditor';
import { StatusActions } from '@/features/catalogue/components/StatusActions';
import { useNl } from '@/components/useNl';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useChangeItemStatus } from '@/features/catalogue/api/changeItemStatus';
import { useItem } from '@/features/catalogue/api/getItem';
import type { ItemOf } from '@/features/catalogue/api/kinds';
import { useLinkItem } from '@/features/catalogue/api/linkItem';
import { useReplaceItem } from '@/features/catalogue/api/replaceItem';
import { KIND_COMPONENTS } from '@/features/catalogue/kindComponents';
import {
  type Kind,
  type PublicationStatus,
  type Versioned,
  editorPath,
  itemPath,
  kindOfSegment,
} from '@/lib/catalogue';
import { NotFoundPage } from '@/app/routes/NotFoundPage';

/**
 * Edits one item. The page keeps the version its changes are based on: the one it loaded, then each one
 * its own changes (save, status, links) returned. Every change sends that version's ETag in If-Match;
 * when someone else changed the item meanwhile the API answers 412 and the editor chooses to reload —
 * a background refetch never swaps the version under the form.
 */
function EditItem<K extends Kind>({ kind, id }: { kind: K; id: string }) {
  const { t } = useTranslation();
  const lang = useNl();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const query = useItem(kind, id);
  const replace = useReplaceItem(kind, id);
  const status = useChangeItemStatus(kind, id);
  const link = useLinkItem(kind, id);
  const [current, setCurrent] = useState<Versioned<ItemOf<K>>>();
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState<string>();
  const [statusDone, setStatusDone] = useState<PublicationStatus>();
  const [linkDone, setLinkDone] = useState<LinkChangeRequest>();
  const [reloading, setReloading] = useState(false);
  const content = useRef<HTMLElement>(null);
  const { Form, linksTo } = KIND_COMPONENTS[kind];

  useEffect(() => {
    if (!current && query.data) setCurrent(query.data);
  }, [current, query.data]);

  // After loading the latest version the form is new: put the reader on its first field.
  useEffect(() => {
    if (formKey > 0) content.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [formKey]);

  useDocumentTitle(current ? t('editor.editTitle', { title: current.item.title }) : t(`catalogue.kinds.${kind}`));

  const reload = async () => {
    setReloading(true);
    const fresh = await query.refetch();
    setReloading(false);
    if (!fresh.data) return;
    replace.reset();
    status.reset();
    link.reset();
    setStatusDone(undefined);
    setLinkDone(undefined);
    setCurrent(fresh.data);
    setNotice(t('editor.form.reloaded', { version: fresh.data.item.version }));
    setFormKey((key) => key + 1);
  };

  if (!current) {
    return query.error ? <ProblemAlert error={query.error} onRetry={() => void query.refetch()} /> : <Loading />;
  }
  const { item, etag } = current;

  return (
    <>
      <Paragraph className="hr-kind-label">{t(`editor.editKind.${kind}`)}</Paragraph>
      <Heading level={1} lang={lang}>
        {item.title}
      </Heading>
      {created && (
        <Alert type="ok" role="status">
          <Paragraph>{t('editor.form.created')}</Paragraph>
        </Alert>
      )}
      <ul className="hr-link-row">
        <li>
          <RouterLink to={itemPath(kind, id)}>{t('editor.viewPage')}</RouterLink>
        </li>
        <li>
          <RouterLink to={editorPath(kind, id, 'history')}>{t('editor.history.link')}</RouterLink>
        </li>
      </ul>
      <StatusActions
        status={item.status}
        version={item.version}
        busy={status.isPending}
        error={status.error}
        changedTo={statusDone}
        onReload={() => void reload()}
        reloading={reloading}
        onChange={(next) =>
          status.mutate(
            { status: next, etag },
            {
              onSuccess: (changed) => {
                setCurrent(changed);
                setStatusDone(next);
              },
            },
          )
        }
      />
      <section aria-labelledby="content-heading" ref={content} className="hr-panel">
        <Heading level={2} id="content-heading">
          {t('editor.form.content')}
        </Heading>
        <Form
          key={formKey}
          item={item}
          onSubmit={(body) => {
            setNotice(undefined);
            replace.mutate(
              { body, etag },
              {
                onSuccess: (saved) => {
                  setCurrent(saved);
                  setNotice(t('editor.form.saved', { version: saved.item.version }));
                },
              },
            );
          }}
          pending={replace.isPending}
          error={replace.error}
          submitLabel={t('editor.form.save')}
          pendingLabel={t('editor.form.saving')}
          onReload={() => void reload()}
          reloading={reloading}
          notice={notice}
        />
      </section>
      <LinkEditor
        links={item.links ?? []}
        kinds={linksTo}
        busy={link.isPending}
        error={link.error}
        done={linkDone}
        onReload={() => void reload()}
        reloading={reloading}
        onChange={(change) =>
          link.mutate(
            { linkedId: change.linkedId, linked: change.linked, etag },
            {
              onSuccess: (changed) => {
                setCurrent(changed);
                setLinkDone(change);
              },
            },
          )
        }
      />
    </>
  );
}

/** /redactie/:kind/:id — edit, publish or archive, and link an item. */
export function EditItemPage() {
  const { t } = useTranslation();
  const params = useParams();
  const kind = kindOfSegment(params.kind);
  const id = params.id ?? '';
  if (!kind) return <NotFoundPage />;
  return (
    <>
      <nav aria-label={t('editor.back')} className="hr-back">
        <RouterLink to={editorPath(kind)}>{t('editor.back')}</RouterLink>
      </nav>
      <EditItem key={`${kind}/${id}`} kind={kind} id={id} />
    </>
  );
}
