import type { ComponentType } from 'react';
import type { Kind } from '@/lib/catalogue';
import type { ItemOf } from './api/kinds';
import { FundingResult } from './funding/FundingResult';
import { MeasureResult } from './measure/MeasureResult';
import { TaskResult } from './task/TaskResult';

/** One found item of kind K in the finder's results. */
export type KindResult<K extends Kind> = ComponentType<{ item: ItemOf<K> }>;

/**
 * One found item in the finder's results, per kind. Apart from `kindComponents` so that the finder's chunk holds
 * only these, not the item pages' details and the editor's forms.
 */
export const KIND_RESULTS: { [K in Kind]: KindResult<K> } = {
  task: TaskResult,
  measure: MeasureResult,
  funding: FundingResult,
};
