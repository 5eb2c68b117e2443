import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { PublicationStatus } from '@/lib/catalogue';
import { initI18n } from '@/lib/i18n';
import { StatusActions } from './StatusActions';

function renderActions(status: PublicationStatus, onChange = vi.fn()) {
  render(
    <I18nextProvider i18n={initI18n()}>
      <StatusActions status={status} version={3} onChange={onChange} onReload={vi.fn()} />
    </I18nextProvider>,
  );
  return onChange;
}

describe('publication buttons', () => {
  it.each([
    ['draft', 'Concept', ['Publiceren']],
    ['published', 'Gepubliceerd', ['Archiveren', 'Terug naar concept']],
    ['archived', 'Gearchiveerd', ['Terug naar concept']],
  ] as const)('offer a %s item only its allowed next states', (status, label, buttons) => {
    renderActions(status);
    expect(screen.getByText(label)).toBeInTheDocument();
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(buttons);
  });

  it('asks for the chosen next state', async () => {
    const onChange = renderActions('published');
    await userEvent.click(screen.getByRole('button', { name: 'Archiveren' }));
    expect(onChange).toHaveBeenCalledWith('archived');
  });
});
