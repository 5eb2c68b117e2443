import type { ComponentType } from 'react';
import type { CatalogueFormProps } from '@/components/EditorForm';
import type { Kind } from '@/lib/catalogue';
import type { ItemOf, RequestOf } from './api/kinds';
import { FundingForm } from './funding/FundingForm';
import { FundingResult } from './funding/FundingResult';
import { MeasureForm } from './measure/MeasureForm';
import { MeasureResult } from './measure/MeasureResult';
import { TaskForm } from './task/TaskForm';
import { TaskResult } from './task/TaskResult';

/** What the finder and the editor pages show differently per kind; everything else they do with the kind. */
export interface KindComponents<K extends Kind> {
  /** The editor's form: the common fields and this kind's own. */
  Form: ComponentType<CatalogueFormProps<ItemOf<K>, RequestOf<K>>>;
  /** One found item in the finder's results. */
  Result: ComponentType<{ item: ItemOf<K> }>;
  /** The kinds an item of this kind links to, in the order the link picker offers them. */
  linksTo: readonly Kind[];
}

export const KIND_COMPONENTS: { [K in Kind]: KindComponents<K> } = {
  task: { Form: TaskForm, Result: TaskResult, linksTo: ['measure', 'funding'] },
  measure: { Form: MeasureForm, Result: MeasureResult, linksTo: ['task', 'funding'] },
  funding: { Form: FundingForm, Result: FundingResult, linksTo: ['task', 'measure'] },
};
