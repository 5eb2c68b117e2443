import type { AgendaItem } from '@/features/agenda/api/agenda';

/** A milestone with the action it belongs to: one line of the agenda's timeline. */
export interface TimelineMilestone {
  dueOn: string;
  title: string;
  done: boolean;
  /** Not done while its date has passed. */
  overdue: boolean;
  item: Pick<AgendaItem, 'id' | 'title' | 'owner' | 'status'>;
}

/** Every milestone of every action in date order (then by action and title), each marked done, open or overdue. */
export function agendaTimeline(items: readonly AgendaItem[], today: string): TimelineMilestone[] {
  return items
    .flatMap((item) =>
      item.milestones.map((milestone) => ({
        dueOn: milestone.dueOn,
        title: milestone.title,
        done: milestone.done,
        overdue: !milestone.done && milestone.dueOn < today,
        item: { id: item.id, title: item.title, owner: item.owner, status: item.status },
      })),
    )
    .sort(
      (a, b) =>
        a.dueOn.localeCompare(b.dueOn) ||
        a.item.title.localeCompare(b.item.title, 'nl') ||
        a.title.localeCompare(b.title, 'nl'),
    );
}

/**
 * What still has to happen: milestones not done, of actions not stopped, earliest first — overdue ones
 * too, since those are the ones to chase — at most `limit`.
 */
export function openMilestones(items: readonly AgendaItem[], today: string, limit: number): TimelineMilestone[] {
  return agendaTimeline(items, today)
    .filter((milestone) => !milestone.done && milestone.item.status !== 'stopped')
    .slice(0, limit);
}

const STATUS_ORDER: Record<AgendaItem['status'], number> = { in_progress: 0, planned: 1, done: 2, stopped: 3 };
const collator = new Intl.Collator('nl');

/** Actions in the order a reader wants them: running, then planned, then done, stopped last; by title within each. */
export function sortAgendaItems(items: readonly AgendaItem[]): AgendaItem[] {
  return [...items].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || collator.compare(a.title, b.title),
  );
}

/** The actions whose milestones belong on the agenda's timeline: every one that was not stopped. */
export function activeItems(items: readonly AgendaItem[]): AgendaItem[] {
  return items.filter((item) => item.status !== 'stopped');
}
