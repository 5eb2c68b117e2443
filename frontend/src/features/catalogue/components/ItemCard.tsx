import { DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type LinkedItem, itemPath } from '@/lib/catalogue';
import { cutAtWord } from '@/lib/text';
import { problemMessage } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { PublicationStatusBadge } from './PublicationStatusBadge';
import { useNl } from '@/components/useNl';

interface ItemCardProps {
  link: LinkedItem;
  summary?: string;
  /** Facts of the linked item once loaded (who offers it, how to apply). */
  children?: ReactNode;
  loading?: boolean;
  error?: unknown;
  /** Extra actions under the facts, such as "Zet in agenda". */
  actions?: ReactNode;
}

/** A linked item as a card: its title linking to its page, its summary (cut at a word) and the facts that matter here. */
export function ItemCard({ link, summary, children, loading = false, error, actions }: ItemCardProps) {
  const { t } = useTranslation();
  const lang = useNl();
  return (
    <article className="hr-card hr-item-card" aria-busy={loading}>
      <Heading level={3}>
        <RouterLink to={itemPath(link.kind, link.id)} lang={lang}>
          {link.title}
        </RouterLink>
      </Heading>
      {link.status !== 'published' && <PublicationStatusBadge status={link.status} />}
      {summary && <Paragraph lang={lang}>{cutAtWord(summary)}</Paragraph>}
      {error ? <Paragraph className="hr-muted-text">{problemMessage(error, t)}</Paragraph> : null}
      {children && <DataList className="hr-facts hr-facts--compact">{children}</DataList>}
      {actions && <div className="hr-actions">{actions}</div>}
    </article>
  );
}
