import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useDomains } from '@/features/domain/api/getDomains';

/**
 * The policy domains as cards, named and described in the reader's language; `children` adds what the
 * page shows per domain (the home page: its tasks).
 */
export function DomainList({ children }: { children?: (domain: string) => ReactNode }) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  const { data, error, isPending, refetch } = useDomains();

  if (isPending) return <Loading />;
  if (error) return <ProblemAlert error={error} headingLevel={3} onRetry={() => void refetch()} />;

  return (
    <ul className="hr-cards">
      {data.items.map((domain) => (
        <li key={domain.code} className="hr-card" data-domain={domain.code}>
          <Heading level={3}>{(english && domain.nameEn) || domain.name}</Heading>
          <Paragraph>{(english && domain.descriptionEn) || domain.description}</Paragraph>
          {children?.(domain.code)}
        </li>
      ))}
    </ul>
  );
}
