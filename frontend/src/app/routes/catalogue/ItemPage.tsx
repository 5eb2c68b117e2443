import { useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useItem } from '@/features/catalogue/api/getItem';
import { ItemStructuredData } from '@/features/catalogue/components/ItemStructuredData';
import { LinkedItems } from '@/features/catalogue/components/LinkedItems';
import { KIND_COMPONENTS } from '@/features/catalogue/kindComponents';
import type { Kind } from '@/lib/catalogue';
import { ItemPageHeader } from './ItemPageHeader';

/**
 * /opgaven/:id, /maatregelen/:id and /financiering/:id — one item with what belongs with it. A task shows
 * every measure and funding item that supports it (journey 2); a measure who offers it and how to apply;
 * a funding item its amounts, application window and "Zet in agenda". Measures and funding carry schema.org
 * data in the head for search engines.
 */
export function ItemPage<K extends Kind>({ kind }: { kind: K }) {
  const id = useParams().id ?? '';
  const query = useItem(kind, id);
  const item = query.data?.item;
  const { Details, linksTo } = KIND_COMPONENTS[kind];
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
