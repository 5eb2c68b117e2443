import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Kind, type LinkedItem, KIND_SEGMENT } from '@/lib/catalogue';

interface LinkedItemsProps {
  links: readonly LinkedItem[] | null | undefined;
  /** The kinds to show, in this order, each under its own heading. */
  kinds: readonly Kind[];
  /** A card for one link; each kind's feature fetches and shows what matters (who offers it, how to apply). */
  renderLink: (link: LinkedItem) => ReactNode;
}

/** What belongs with an item: its linked tasks, measures and funding, grouped by kind. */
export function LinkedItems({ links, kinds, renderLink }: LinkedItemsProps) {
  const { t } = useTranslation();
  return (
    <>
      {kinds.map((kind) => {
        const ofKind = (links ?? []).filter((link) => link.kind === kind);
        const headingId = `linked-${KIND_SEGMENT[kind]}`;
        return (
          <section key={kind} aria-labelledby={headingId} className="hr-linked">
            <Heading level={2} id={headingId}>
              {t(`catalogue.linked.${kind}`)}
            </Heading>
            {ofKind.length === 0 ? (
              <Paragraph>{t('catalogue.linked.none')}</Paragraph>
            ) : (
              <ul className="hr-linked__list">
                {ofKind.map((link) => (
                  <li key={link.id} className="hr-linked__item">
                    {renderLink(link)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
