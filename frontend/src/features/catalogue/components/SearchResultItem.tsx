import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { type CatalogueItem, framedSnippet } from '@/lib/catalogue';
import { cutAtWord } from '@/lib/text';
import { useNl } from '@/components/useNl';
import { RouterLink } from '@/components/RouterLink';
import { Highlighted } from './Highlighted';
import { PublicationStatusBadge } from './PublicationStatusBadge';

interface SearchResultItemProps {
  item: CatalogueItem;
  href: string;
  /** What this kind adds under the text, such as a closing date and an amount. */
  meta?: ReactNode;
}

/** One search result: the title as a link, the snippet with its matches marked (or the summary), cut at a word. */
export function SearchResultItem({ item, href, meta }: SearchResultItemProps) {
  const lang = useNl();
  const snippet = framedSnippet(item);
  return (
    <li className="hr-result">
      <Heading level={3} className="hr-result__title">
        <RouterLink to={href} lang={lang}>
          {item.title}
        </RouterLink>
      </Heading>
      {item.status !== 'published' && <PublicationStatusBadge status={item.status} />}
      <Paragraph className="hr-result__text" lang={lang}>
        {snippet ? <Highlighted snippet={snippet} /> : cutAtWord(item.summary)}
      </Paragraph>
      {meta && <div className="hr-result__meta">{meta}</div>}
    </li>
  );
}
