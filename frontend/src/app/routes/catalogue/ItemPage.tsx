import { useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useItem } from '@/features/catalogue/api/getItem';
import { ItemStructuredData } from '@/features/catalogue/components/ItemStructuredData';
import { LinkedItems } from '@/features/catalogue/components/LinkedItems';
import { KIND_COMPONENTS } from '@/features/catalogue/kindComponents';
import { FollowFunding } from '@/features/follow/components/FollowFunding';
import { useSession } from '@/features/session/useSession';
import type { Kind } from '@/lib/catalogue';
import { ItemPageHeader } from './ItemPageHeader';

/**
 * /opgaven/:id, /maatregelen/:id and /financiering/:id — one item with what belongs with it. A task shows
 * every measure and funding item that supports it (journey 2); a measure who offers it and how to apply;
 * a funding item its amounts, application window and "Zet in agenda", and for signed-in people "Volg deze
 * regeling" (closing-date e-mails). Measures and funding carry schema.org data in the head for search engines.
 */
export function ItemPage<K extends Kind>({ kind }: { kind: K }) {
  const id = useParams().id ?? '';
  const query = useItem(kind, id);
  const item = query.data?.item;
  const { Details, linksTo } = KIND_COMPONENTS[kind];
  const { caller } = useSession();
  // a signed-in person (not an API client) can follow published funding for closing-date e-mails
  const followable = kind === 'funding' && caller?.kind === 'user' && item?.status === 'published';
  return (
    <>
      <ItemPageHeader kind={kind} id={id} item={item} />
      <ItemStructuredData kind={kind} id={id} item={item} />
      {query.error ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !item ? (
        <Loading />
      ) : (
        <>
          <Details item={item} />
          {followable && (
            <FollowFunding
              fundingId={item.id}
              title={item.title}
              closesOn={'closesOn' in item ? item.closesOn : undefined}
            />
          )}
          <LinkedItems
            links={item.links}
            kinds={linksTo}
            renderLink={(link) => {
              const { Card } = KIND_COMPONENTS[link.kind];
              return <Card link={link} />;
            }}
          />
        </>
      )}
    </>
  );
}
