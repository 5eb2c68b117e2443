import { useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { LinkedItems } from '@/features/catalogue/components/LinkedItems';
import { FundingCard } from '@/features/catalogue/funding/FundingCard';
import { MeasureCard } from '@/features/catalogue/measure/MeasureCard';
import { useItem } from '@/features/catalogue/api/getItem';
import { TaskDetails } from '@/features/catalogue/task/TaskDetails';
import { ItemPageHeader } from './ItemPageHeader';

/** /opgaven/:id — a task with every measure and funding item that supports it (journey 2). */
export function TaskPage() {
  const id = useParams().id ?? '';
  const task = useItem('task', id);
  const item = task.data?.item;
  return (
    <>
      <ItemPageHeader kind="task" id={id} item={item} />
      {task.error ? (
        <ProblemAlert error={task.error} onRetry={() => void task.refetch()} />
      ) : !item ? (
        <Loading />
      ) : (
        <>
          <TaskDetails task={item} />
          <LinkedItems
            links={item.links}
            kinds={['measure', 'funding']}
            renderLink={(link) => (link.kind === 'funding' ? <FundingCard link={link} /> : <MeasureCard link={link} />)}
          />
        </>
      )}
    </>
  );
}
