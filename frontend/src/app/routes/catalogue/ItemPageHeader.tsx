import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import { PublicationStatusBadge } from '@/features/catalogue/components/PublicationStatusBadge';
import { useNl } from '@/components/useNl';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useSession } from '@/features/session/useSession';
import { type CatalogueItem, type Kind, editorPath } from '@/lib/catalogue';
import { Breadcrumbs } from '@/components/Breadcrumbs';

/**
 * The top of an item's page: back to the finder, what kind of item, its title, its status when not
 * published, and for editors the links to edit it and read its history.
 */
export function ItemPageHeader({ kind, id, item }: { kind: Kind; id: string; item: CatalogueItem | undefined }) {
  const { t } = useTranslation();
  const { caller } = useSession();
  const lang = useNl();
  const title = item?.title ?? t(`catalogue.kinds.${kind}`);
  useDocumentTitle(title);
  return (
    <>
      <Breadcrumbs
        trail={
          kind === 'funding'
            ? [{ to: '/financiering', label: t('nav.funding') }]
            : [
                { to: '/zoeken', label: t('nav.finder') },
                { to: `/zoeken?kind=${kind}`, label: t(`catalogue.kindsPlural.${kind}`) },
              ]
        }
        current={title}
      />
      <Paragraph className="hr-kind-label">{t(`catalogue.kinds.${kind}`)}</Paragraph>
      <Heading level={1} lang={item ? lang : undefined}>
        {title}
      </Heading>
      {item && item.status !== 'published' && (
        <Paragraph>
          <PublicationStatusBadge status={item.status} />
        </Paragraph>
      )}
      {caller?.role === 'editor' && (
        <ul className="hr-link-row" aria-label={t('editor.title')}>
          <li>
            <RouterLink to={editorPath(kind, id)}>{t('editor.edit')}</RouterLink>
          </li>
          <li>
            <RouterLink to={editorPath(kind, id, 'history')}>{t('editor.history.link')}</RouterLink>
          </li>
        </ul>
      )}
    </>
  );
}
