import type { ComponentType } from 'react';
import type { CatalogueFormProps } from '@/components/EditorForm';
import type { Kind, LinkedItem } from '@/lib/catalogue';
import type { ItemOf, RequestOf } from './api/kinds';
import { FundingCard } from './funding/FundingCard';
import { FundingDetails } from './funding/FundingDetails';
import { FundingForm } from './funding/FundingForm';
import { MeasureCard } from './measure/MeasureCard';
import { MeasureDetails } from './measure/MeasureDetails';
import { MeasureForm } from './measure/MeasureForm';
import { TaskCard } from './task/TaskCard';
import { TaskDetails } from './task/TaskDetails';
import { TaskForm } from './task/TaskForm';

/**
 * What the item and editor pages show differently per kind; everything else they do with the kind. The finder's
 * results per kind are in `kindResults`.
 */
export interface KindComponents<K extends Kind> {
  /** The item's own page below its header: its facts and texts. */
  Details: ComponentType<{ item: ItemOf<K> }>;
  /** A linked item of this kind on another item's page; it fetches what it shows. */
  Card: ComponentType<{ link: LinkedItem }>;
  /** The editor's form: the common fields and this kind's own. */
  Form: ComponentType<CatalogueFormProps<ItemOf<K>, RequestOf<K>>>;
  /** The kinds an item of this kind links to, in the order its page shows them and the link picker offers them. */
  linksTo: readonly Kind[];
}

export const KIND_COMPONENTS: { [K in Kind]: KindComponents<K> } = {
  task: { Details: TaskDetails, Card: TaskCard, Form: TaskForm, linksTo: ['measure', 'funding'] },
  measure: {
    Details: MeasureDetails,
    Card: MeasureCard,
    Form: MeasureForm,
    linksTo: ['task', 'funding'],
  },
  funding: {
    Details: FundingDetails,
    Card: FundingCard,
    Form: FundingForm,
    linksTo: ['task', 'measure'],
  },
};
