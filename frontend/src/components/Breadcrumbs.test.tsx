import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { Breadcrumbs } from './Breadcrumbs';

describe('Breadcrumbs', () => {
  it('links Home and the list, then names the page itself as the current one', () => {
    render(
      <I18nextProvider i18n={initI18n()}>
        <MemoryRouter initialEntries={['/regios/GM0363']}>
          <Breadcrumbs trail={[{ to: '/regios', label: "Regio's" }]} current="Amsterdam" />
        </MemoryRouter>
      </I18nextProvider>,
    );
    const trail = screen.getByRole('navigation', { name: 'Kruimelpad' });
    const links = within(trail).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ["Regio's", '/regios'],
    ]);
    expect(within(trail).getByText('Amsterdam')).toHaveAttribute('aria-current', 'page');
    expect(within(trail).getAllByRole('listitem')).toHaveLength(3);
  });
});
