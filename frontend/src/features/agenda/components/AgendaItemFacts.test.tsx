import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { agendaItem } from '@/test/quota';
import type { AgendaItem } from '@/features/agenda/api/agenda';
import { AgendaItemFacts } from './AgendaItemFacts';

function renderFacts(item: AgendaItem) {
  render(
    <I18nextProvider i18n={initI18n()}>
      <MemoryRouter>
        <AgendaItemFacts item={item} support={false} />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('an agenda action’s source', () => {
  it('is a link named by its site, not the raw address', () => {
    const address = 'https://www.parool.nl/amsterdam/provincie-amsterdam-moet-meer-statushouders-huisvesten~bd963b8a/';
    renderFacts(agendaItem({ source: address }) as AgendaItem);
    const link = screen.getByRole('link', { name: /parool\.nl/ });
    expect(link).toHaveAttribute('href', address);
    expect(screen.queryByText(address)).not.toBeInTheDocument();
  });

  it('is shown as written when it is not an address', () => {
    renderFacts(agendaItem({ source: 'Brief Integrale Handreiking, 12 februari 2021' }) as AgendaItem);
    expect(screen.getByText('Brief Integrale Handreiking, 12 februari 2021')).toBeInTheDocument();
  });
});
