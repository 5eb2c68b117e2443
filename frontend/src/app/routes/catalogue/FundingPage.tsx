import { useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { LinkedItems } from '@/features/catalogue/components/LinkedItems';
import { useItem } from '@/features/catalogue/api/getItem';
import { FundingDetails } from '@/features/catalogue/funding/FundingDetails';
import { MeasureCard } from '@/features/catalogue/measure/MeasureCard';
import { TaskCard } from '@/features/catalogue/task/TaskCard';
import { ItemPageHeader } from './ItemPageHeader';

/** /financiering/:id — a funding item: amounts, application window, "Zet in agenda", and what it supports. */
export function FundingPage() {
  const id = useParams().id ?? '';
  const funding = useItem('funding', id);
  const item = funding.data?.item;
  return (
    <>
      <ItemPageHeader kind="funding" id={id} item={item} />
      {funding.error ? (
        <ProblemAlert error={funding.error} onRetry={() => void funding.refetch()} />
      ) : !item ? (
        <Loading />
      ) : (
        <>
          <FundingDetails funding={item} />
          <LinkedItems
            links={item.links}
            kinds={['task', 'measure']}
            renderLink={(link) => (link.kind === 'task' ? <TaskCard link={link} /> : <MeasureCard link={link} />)}
          />
        </>
      )}
    </>
  );
}
