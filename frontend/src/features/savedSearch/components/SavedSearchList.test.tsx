import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page, requests, stubApi } from '@/test/fetchStub';
import { session } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const weekly = {
  id: '0b6a3c1e-0000-4000-8000-000000000002',
  name: 'Opvang COA',
  kind: 'measure',
  q: 'noodopvang',
  organisation: 'COA',
  frequency: 'weekly',
  paused: false,
  closingAlerts: false,
  createdAt: '2021-02-12T09:00:00Z',
  nextDigestAt: '2021-02-19T09:00:00Z',
  version: 3,
};

function signedIn(handlers: Parameters<typeof stubApi>[0]) {
  return stubApi({ 'POST /sessions/refresh': () => ({ body: session('municipality') }), ...handlers });
}

describe('Mijn zoekopdrachten', () => {
  it('lists each search with what it looks for and opens it in the finder', async () => {
    signedIn({ 'GET /saved-searches': () => ({ body: page([weekly]) }) });
    renderApp('/zoekopdrachten');
    const item = await screen.findByRole('listitem', { name: 'Opvang COA' });
    expect(item).toHaveTextContent('Maatregelen: ‘noodopvang’ · COA');
    expect(within(item).getByRole('link', { name: 'Open ‘Opvang COA’ in zoeken' })).toHaveAttribute(
      'href',
      '/zoeken?kind=measure&q=noodopvang&organisation=COA',
    );
    expect(within(item).getByRole('combobox', { name: 'Hoe vaak voor ‘Opvang COA’' })).toHaveValue('weekly');
  });

  it('renames and pauses with the version it shows', async () => {
    const stub = signedIn({
      'GET /saved-searches': () => ({ body: page([weekly]) }),
      'PATCH /saved-searches/0b6a3c1e-0000-4000-8000-000000000002': () => ({
        body: { ...weekly, name: 'Noodopvang', version: 4 },
      }),
    });
    const { user } = renderApp('/zoekopdrachten');
    const item = await screen.findByRole('listitem', { name: 'Opvang COA' });
    await user.click(within(item).getByRole('button', { name: 'Naam wijzigen van ‘Opvang COA’' }));
    const name = within(item).getByRole('textbox', { name: /Naam van de zoekopdracht/ });
    await user.clear(name);
    await user.type(name, 'Noodopvang');
    await user.click(within(item).getByRole('button', { name: 'Naam opslaan' }));
    await user.click(within(item).getByRole('button', { name: 'Pauzeren' }));

    const [rename, pause, ...more] = requests(stub).filter((request) => request.method === 'PATCH');
    expect(more).toHaveLength(0);
    expect(rename?.headers.get('If-Match')).toBe('"3"');
    expect(await rename?.json()).toEqual({ name: 'Noodopvang' });
    expect(await pause?.json()).toEqual({ paused: true });
  });

  it('says whether a search of funding brings closing-date reminders and switches them on', async () => {
    const funding = { ...weekly, id: '0b6a3c1e-0000-4000-8000-000000000003', name: 'Regelingen', kind: 'funding' };
    const stub = signedIn({
      'GET /saved-searches': () => ({ body: page([weekly, funding]) }),
      'PATCH /saved-searches/0b6a3c1e-0000-4000-8000-000000000003': () => ({
        body: { ...funding, closingAlerts: true, version: 4 },
      }),
    });
    const { user } = renderApp('/zoekopdrachten');
    const item = await screen.findByRole('listitem', { name: 'Regelingen' });
    expect(item).toHaveTextContent('Geen herinneringen aan sluitingsdatums.');
    const measures = screen.getByRole('listitem', { name: 'Opvang COA' });
    expect(within(measures).queryByRole('button', { name: 'Herinneringen aanzetten' })).toBeNull();
    await user.click(within(item).getByRole('button', { name: 'Herinneringen aanzetten' }));

    const switched = requests(stub).find((request) => request.method === 'PATCH');
    expect(switched?.headers.get('If-Match')).toBe('"3"');
    expect(await switched?.json()).toEqual({ closingAlerts: true });
  });

  it('deletes only after asking', async () => {
    const stub = signedIn({
      'GET /saved-searches': () => ({ body: page([weekly]) }),
      'DELETE /saved-searches/0b6a3c1e-0000-4000-8000-000000000002': () => ({ status: 204 }),
    });
    const { user } = renderApp('/zoekopdrachten');
    const item = await screen.findByRole('listitem', { name: 'Opvang COA' });
    await user.click(within(item).getByRole('button', { name: 'Verwijder ‘Opvang COA’' }));
    expect(requests(stub).some((request) => request.method === 'DELETE')).toBe(false);
    await user.click(within(item).getByRole('button', { name: 'Ja, verwijderen' }));
    expect(requests(stub).filter((request) => request.method === 'DELETE')).toHaveLength(1);
  });

  it('points to the finder when there are none', async () => {
    signedIn({ 'GET /saved-searches': () => ({ body: page([]) }) });
    renderApp('/zoekopdrachten');
    expect(await screen.findByText(/U heeft nog geen zoekopdrachten bewaard/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar zoeken' })).toHaveAttribute('href', '/zoeken');
  });
});
