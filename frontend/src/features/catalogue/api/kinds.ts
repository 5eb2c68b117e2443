import { type Funding, KIND_COLLECTION, type Kind, type Measure, type Task } from '@/lib/catalogue';
import type { components } from '@/types/openapi';

/**
 * What the catalogue's endpoints share: each kind's item and request, as the generated types name them, and
 * the kind's API collection. One endpoint file serves all three kinds; the kind picks path and types.
 */

interface KindTypes {
  task: { item: Task; request: components['schemas']['TaskRequest'] };
  measure: { item: Measure; request: components['schemas']['MeasureRequest'] };
  funding: { item: Funding; request: components['schemas']['FundingRequest'] };
}

/** The item of a kind: ItemOf<'task'> is a Task. */
export type ItemOf<K extends Kind> = KindTypes[K]['item'];
/** What creating or saving an item of a kind sends: RequestOf<'task'> is a TaskRequest. */
export type RequestOf<K extends Kind> = KindTypes[K]['request'];

export type TaskRequest = RequestOf<'task'>;
export type MeasureRequest = RequestOf<'measure'>;
export type FundingRequest = RequestOf<'funding'>;

type Collection = (typeof KIND_COLLECTION)[Kind];

/**
 * The API collection of a kind: `tasks`, `measures` or `funding`. Typed as the union of the three, so the
 * client checks each call's parameters and body against the three kinds' endpoints; it cannot follow a
 * generic kind into the paths, so each endpoint file says once that the kind's path answers with the
 * kind's item (ItemOf), and its hook takes and gives only that kind's types.
 */
export function collectionOf(kind: Kind): Collection {
  return KIND_COLLECTION[kind];
}
