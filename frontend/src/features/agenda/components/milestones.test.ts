import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '@/features/agenda/api/agenda';
import { agendaItem } from '@/test/quota';
import { euroInput, parseEuro } from './euro';
import { activeItems, agendaTimeline, openMilestones, sortAgendaItems } from './milestones';

const first = agendaItem() as AgendaItem;
const flexible = agendaItem({
  id: 'a4',
  title: 'Uitvoeringsagenda Flexibilisering Asielketen',
  owner: { code: 'JENV', name: 'Ministerie van Justitie en Veiligheid' },
  milestones: [
    { dueOn: '2021-04-01', title: 'Opgenomen in de eerste versie IUA', done: false },
    { dueOn: '2020-05-14', title: 'Uitvoeringsagenda vastgesteld', done: true },
    { dueOn: '2022-01-01', title: 'Later', done: false },
  ],
}) as AgendaItem;
const stopped = agendaItem({
  id: 'a9',
  title: 'Gestopt',
  status: 'stopped',
  milestones: [{ dueOn: '2021-06-01', title: 'Nooit', done: false }],
}) as AgendaItem;

describe('the agenda as a timeline', () => {
  it('lists every milestone of every action in date order, then by action, each done, open or overdue', () => {
    const timeline = agendaTimeline([first, flexible], '2021-06-01');
    expect(timeline.map((milestone) => [milestone.dueOn, milestone.title, milestone.item.id])).toEqual([
      ['2020-05-14', 'Uitvoeringsagenda vastgesteld', 'a4'],
      ['2020-12-15', 'LRT spreekt een eerste versie af', 'a1'],
      ['2021-04-01', 'Eerste versie IUA', 'a1'],
      ['2021-04-01', 'Opgenomen in de eerste versie IUA', 'a4'],
      ['2022-01-01', 'Later', 'a4'],
    ]);
    expect(timeline.map((milestone) => (milestone.done ? 'done' : milestone.overdue ? 'overdue' : 'open'))).toEqual([
      'done',
      'done',
      'overdue',
      'overdue',
      'open',
    ]);
  });

  it('a milestone due today is not overdue yet', () => {
    expect(agendaTimeline([first], '2021-04-01').find((milestone) => !milestone.done)?.overdue).toBe(false);
  });

  it('keeps what still has to happen: not done, of actions not stopped, earliest first, at most the limit', () => {
    expect(openMilestones([stopped, flexible, first], '2021-06-01', 2).map((milestone) => milestone.title)).toEqual([
      'Eerste versie IUA',
      'Opgenomen in de eerste versie IUA',
    ]);
  });
});

describe('the actions in order', () => {
  it('puts running actions first, then planned, done and stopped, by title within each; the timeline leaves out stopped ones', () => {
    const done = agendaItem({ id: 'd', title: 'Advies', status: 'done' }) as AgendaItem;
    const planned = agendaItem({ id: 'p', title: 'Zeker gepland', status: 'planned' }) as AgendaItem;
    const items = [stopped, done, flexible, planned, first];
    expect(sortAgendaItems(items).map((item) => item.id)).toEqual(['a1', 'a4', 'p', 'd', 'a9']);
    expect(activeItems(items).map((item) => item.id)).toEqual(['d', 'a4', 'p', 'a1']);
  });
});

describe('amounts in euro as people type them', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['25000000', 25000000],
    ['25.000.000', 25000000],
    ['€ 1.250.000,50', 1250000.5],
    ['2500000.5', 2500000.5],
    ['12,5', 12.5],
    ['veel', undefined],
    ['1.2.3', undefined],
    ['-5', undefined],
  ] as const)('reads %j as %s', (text, expected) => {
    expect(parseEuro(text)).toBe(expected);
  });

  it('shows a known amount again in Dutch notation', () => {
    expect(euroInput(25000000)).toBe('25.000.000');
    expect(euroInput(null)).toBe('');
  });
});
