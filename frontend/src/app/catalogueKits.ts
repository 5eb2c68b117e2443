import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import type { ComponentType, ReactNode } from 'react';
import type { CatalogueFormProps } from '@/components/EditorForm';
import type { SearchHook } from '@/features/catalogue/components/LinkEditor';
import { useChangeFundingStatus } from '@/features/funding/api/changeFundingStatus';
import { type FundingRequest, useCreateFunding } from '@/features/funding/api/createFunding';
import { useFunding } from '@/features/funding/api/getFunding';
import { useFundingHistory } from '@/features/funding/api/getFundingHistory';
import { useLinkFunding } from '@/features/funding/api/linkFunding';
import { useReplaceFunding } from '@/features/funding/api/replaceFunding';
import { useFundingSearch } from '@/features/funding/api/searchFunding';
import { FundingForm } from '@/features/catalogue/funding/FundingForm';
import { FundingResult } from '@/features/catalogue/funding/FundingResult';
import { useChangeMeasureStatus } from '@/features/measure/api/changeMeasureStatus';
import { type MeasureRequest, useCreateMeasure } from '@/features/measure/api/createMeasure';
import { useMeasure } from '@/features/measure/api/getMeasure';
import { useMeasureHistory } from '@/features/measure/api/getMeasureHistory';
import { useLinkMeasure } from '@/features/measure/api/linkMeasure';
import { useReplaceMeasure } from '@/features/measure/api/replaceMeasure';
import { useMeasureSearch } from '@/features/measure/api/searchMeasures';
import { MeasureForm } from '@/features/catalogue/measure/MeasureForm';
import { MeasureResult } from '@/features/catalogue/measure/MeasureResult';
import { useChangeTaskStatus } from '@/features/task/api/changeTaskStatus';
import { type TaskRequest, useCreateTask } from '@/features/task/api/createTask';
import { useTask } from '@/features/task/api/getTask';
import { useTaskHistory } from '@/features/task/api/getTaskHistory';
import { useLinkTask } from '@/features/task/api/linkTask';
import { useReplaceTask } from '@/features/task/api/replaceTask';
import { useTaskSearch } from '@/features/task/api/searchTasks';
import { TaskForm } from '@/features/catalogue/task/TaskForm';
import { TaskResult } from '@/features/catalogue/task/TaskResult';
import type {
  CatalogueItem,
  CatalogueSearch,
  Funding,
  HistoryEntry,
  Kind,
  Measure,
  PublicationStatus,
  SearchPage,
  Task,
  Versioned,
} from '@/lib/catalogue';

type Mutation<T, V> = UseMutationResult<Versioned<T>, Error, V>;

/**
 * What the generic catalogue pages (finder, editor) need of one kind: its endpoints' hooks and its
 * components. The features stay independent; the app puts each kind's pieces together here.
 */
export interface KindKit<T extends CatalogueItem, R> {
  kind: Kind;
  useSearch: (search: CatalogueSearch, options?: { pageSize?: number; enabled?: boolean }) => UseQueryResult<SearchPage<T>>;
  useItem: (id: string) => UseQueryResult<Versioned<T>>;
  useCreate: () => Mutation<T, R>;
  useReplace: (id: string) => Mutation<T, { body: R; etag: string }>;
  useChangeStatus: (id: string) => Mutation<T, { status: PublicationStatus; etag: string }>;
  useLink: (id: string) => Mutation<T, { linkedId: string; linked: boolean; etag: string }>;
  useHistory: (id: string) => UseQueryResult<HistoryEntry[]>;
  Form: ComponentType<CatalogueFormProps<T, R>>;
  Result: ComponentType<{ item: T }>;
  /** The kinds an item of this kind links to. */
  linksTo: readonly Kind[];
}

export const taskKit: KindKit<Task, TaskRequest> = {
  kind: 'task',
  useSearch: useTaskSearch,
  useItem: useTask,
  useCreate: useCreateTask,
  useReplace: useReplaceTask,
  useChangeStatus: useChangeTaskStatus,
  useLink: useLinkTask,
  useHistory: useTaskHistory,
  Form: TaskForm,
  Result: TaskResult,
  linksTo: ['measure', 'funding'],
};

export const measureKit: KindKit<Measure, MeasureRequest> = {
  kind: 'measure',
  useSearch: useMeasureSearch,
  useItem: useMeasure,
  useCreate: useCreateMeasure,
  useReplace: useReplaceMeasure,
  useChangeStatus: useChangeMeasureStatus,
  useLink: useLinkMeasure,
  useHistory: useMeasureHistory,
  Form: MeasureForm,
  Result: MeasureResult,
  linksTo: ['task', 'funding'],
};

export const fundingKit: KindKit<Funding, FundingRequest> = {
  kind: 'funding',
  useSearch: useFundingSearch,
  useItem: useFunding,
  useCreate: useCreateFunding,
  useReplace: useReplaceFunding,
  useChangeStatus: useChangeFundingStatus,
  useLink: useLinkFunding,
  useHistory: useFundingHistory,
  Form: FundingForm,
  Result: FundingResult,
  linksTo: ['task', 'measure'],
};

/** Each kind's search, for the link picker. */
export const SEARCHES: Record<Kind, SearchHook> = {
  task: useTaskSearch,
  measure: useMeasureSearch,
  funding: useFundingSearch,
};

/** Renders with the kit of a kind, keeping the item and request types of that kind together. */
export function withKit(kind: Kind, render: <T extends CatalogueItem, R>(kit: KindKit<T, R>) => ReactNode): ReactNode {
  switch (kind) {
    case 'task':
      return render(taskKit);
    case 'measure':
      return render(measureKit);
    case 'funding':
      return render(fundingKit);
  }
}
