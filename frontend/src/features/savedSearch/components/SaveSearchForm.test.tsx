import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { problem, requests, stubApi } from '@/test/fetchStub';
import { session } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const saved = {
  id: '0b6a3c1e-0000-4000-8000-000000000001',
  name: 'Financiering huisvesting',
  kind: 'funding',
  q: 'huisvesting',
  domain: 'housing',
  frequency: 'daily',
  paused: false,
  closingAlerts: true,
  createdAt: '2021-02-12T09:00:00Z',
  nextDigestAt: '2021-02-13T09:00:00Z',
  version: 1,
};

describe('Bewaar deze zoekopdracht', () => {
  it('saves the finder search with a name, how often and, for funding, closing-date reminders', async () => {
    const stub = stubApi({
      'POST /sessions/refresh': () => ({ body: session('municipality') }),
      'POST /saved-searches': () => ({ status: 201, body: saved }),
    });
    const { user } = renderApp('/zoeken?kind=funding&q=huisvesting&domain=housing');
    await user.click(await screen.findByRole('button', { name: 'Bewaar deze zoekopdracht' }));
    const name = screen.getByRole('textbox', { name: /Naam van de zoekopdracht/ });
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, 'Financiering huisvesting');
    await user.click(screen.getByRole('radio', { name: 'Dagelijks' }));
    await user.click(screen.getByRole('checkbox', { name: /Mail mij ook 14 en 3 dagen/ }));
    await user.click(screen.getByRole('button', { name: 'Bewaren' }));

    const told = await screen.findByText(/Bewaard als ‘Financiering huisvesting’/);
    expect(within(told).getByRole('link', { name: 'Mijn zoekopdrachten' })).toHaveAttribute('href', '/zoekopdrachten');
    const post = requests(stub).find((request) => request.method === 'POST' && request.url.endsWith('/saved-searches'));
    expect(await post?.json()).toEqual({
      name: 'Financiering huisvesting',
      kind: 'funding',
      q: 'huisvesting',
      domain: 'housing',
      frequency: 'daily',
      closingAlerts: true,
    });
  });

  it('shows why the API refused it, at the field', async () => {
    stubApi({
      'POST /sessions/refresh': () => ({ body: session('province') }),
      'POST /saved-searches': () =>
        problem(400, 'Het verzoek is ongeldig.', {
          invalidParams: [{ name: 'name', reason: 'mag hoogstens 100 tekens lang zijn' }],
        }),
    });
    const { user } = renderApp('/zoeken?kind=task');
    await user.click(await screen.findByRole('button', { name: 'Bewaar deze zoekopdracht' }));
    await user.type(screen.getByRole('textbox', { name: /Naam van de zoekopdracht/ }), 'x');
    await user.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect(await screen.findAllByText(/mag hoogstens 100 tekens lang zijn/)).not.toHaveLength(0);
  });

  it('is not offered to a reader who is not signed in', async () => {
    stubApi({ 'POST /sessions/refresh': () => problem(401, 'Niet aangemeld.') });
    renderApp('/zoeken?kind=task');
    expect(await screen.findByRole('heading', { level: 1, name: 'Zoeken' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bewaar deze zoekopdracht' })).toBeNull();
  });
});
