import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { ItemCard } from './ItemCard';

const link = {
  kind: 'measure',
  id: 'm1',
  slug: 'ondersteuning',
  href: '/api/v1/measures/m1',
  title: 'Ondersteuning bij huisvesting',
  status: 'published',
} as const;

function renderCard(summary: string) {
  render(
    <I18nextProvider i18n={initI18n()}>
      <MemoryRouter>
        <ItemCard link={link} summary={summary} />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('item card', () => {
  it('cuts a long summary at a word with an ellipsis; the item’s page has the rest', () => {
    const summary = `${'Gemeenten krijgen ondersteuning bij het huisvesten van vergunninghouders. '.repeat(4)}Het laatste woord`;
    renderCard(summary);
    const shown = screen.getByText(/^Gemeenten krijgen/).textContent ?? '';
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(200);
    expect(summary.startsWith(shown.slice(0, -1))).toBe(true);
    expect(summary.charAt(shown.length - 1)).toMatch(/[\s.]/);
    expect(screen.getByRole('link', { name: link.title })).toHaveAttribute('href', '/maatregelen/m1');
  });

  it('shows a short summary whole', () => {
    renderCard('Het COA heeft meer plekken nodig.');
    expect(screen.getByText('Het COA heeft meer plekken nodig.')).toBeInTheDocument();
  });
});
