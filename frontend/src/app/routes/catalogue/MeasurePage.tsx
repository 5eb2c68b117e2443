import { useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { LinkedItems } from '@/features/catalogue/components/LinkedItems';
import { FundingCard } from '@/features/catalogue/funding/FundingCard';
import { useItem } from '@/features/catalogue/api/getItem';
import { MeasureDetails } from '@/features/catalogue/measure/MeasureDetails';
import { TaskCard } from '@/features/catalogue/task/TaskCard';
import { ItemPageHeader } from './ItemPageHeader';

/** /maatregelen/:id — a measure, who offers it, how to apply, and the tasks and funding it belongs with. */
export function MeasurePage() {
  const id = useParams().id ?? '';
  const measure = useItem('measure', id);
  const item = measure.data?.item;
  return (
    <>
      <ItemPageHeader kind="measure" id={id} item={item} />
      {measure.error ? (
        <ProblemAlert error={measure.error} onRetry={() => void measure.refetch()} />
      ) : !item ? (
        <Loading />
      ) : (
        <>
          <MeasureDetails measure={item} />
          <LinkedItems
            links={item.links}
            kinds={['task', 'funding']}
            renderLink={(link) => (link.kind === 'funding' ? <FundingCard link={link} /> : <TaskCard link={link} />)}
          />
        </>
      )}
    </>
  );
}
