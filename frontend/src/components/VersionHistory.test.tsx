import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { HistoryList } from '@/features/catalogue/components/HistoryList';
import { AgendaHistory } from '@/features/agenda/components/AgendaHistory';
import type { AgendaItemChange } from '@/features/agenda/api/agenda';

/** A change with an action this version of the app does not know yet, as a newer API could send. */
const newerApiChange = {
  version: 3,
  action: 'merged',
  actorName: 'Team',
  changedAt: '2022-05-11T09:00:00Z',
  changes: [],
} as unknown as AgendaItemChange;

describe('VersionHistory, as the catalogue and the agenda show it', () => {
  it('lists the newest version first, codes in words, and an empty value as empty', () => {
    render(
      <I18nextProvider i18n={initI18n()}>
        <HistoryList
          entries={[
            {
              version: 1,
              action: 'created',
              actorType: 'user',
              actorId: 'e5d1c2b3-0000-4000-8000-000000000001',
              actorName: 'Redactie BZK',
              changedAt: '2021-02-12T09:00:00Z',
              changes: [{ field: 'title', from: null, to: 'Huisvesting statushouders' }],
            },
            {
              version: 2,
              action: 'published',
              actorType: 'user',
              actorId: 'e5d1c2b3-0000-4000-8000-000000000001',
              actorName: 'Redactie BZK',
              changedAt: '2021-02-13T09:00:00Z',
              changes: [{ field: 'status', from: 'draft', to: 'published' }],
            },
          ]}
        />
      </I18nextProvider>,
    );
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Versie 2: Gepubliceerd', 'Versie 1: Aangemaakt']);
    const [newest, oldest] = screen.getAllByRole('table') as [HTMLElement, HTMLElement];
    expect(within(newest).getByText('Concept')).not.toHaveAttribute('lang');
    expect(within(newest).getByText('Gepubliceerd')).toBeInTheDocument();
    expect(within(oldest).getByText('(leeg)')).toBeInTheDocument();
    expect(within(oldest).getByText('Huisvesting statushouders')).toBeInTheDocument();
  });

  it('names an agenda action one level deeper, and an action the app has no words for as the API names it', () => {
    render(
      <I18nextProvider i18n={initI18n()}>
        <AgendaHistory changes={[newerApiChange]} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Versie 3: merged');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
