import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogueOrganisations, funding } from '@/test/catalogue';
import { session } from '@/test/fixtures';
import { page, problem, requests, stubApi } from '@/test/fetchStub';
import { renderApp } from '@/test/render';

const organisations = () => ({ body: page(catalogueOrganisations, 1, 100) });

function follow(overrides: Record<string, unknown> = {}) {
  return {
    id: 'follow-1',
    fundingId: 'f1',
    title: 'Financiële impuls grote gezinnen',
    closesOn: '2031-06-30',
    followedAt: '2031-03-01T09:30:00Z',
    ...overrides,
  };
}

describe('following a funding item', () => {
  it('lets a signed-in official follow a published item and stop following it', async () => {
    let follows: ReturnType<typeof follow>[] = [];
    const stub = stubApi({
      'POST /sessions/refresh': () => ({ body: session('municipality') }),
      '/organisations': organisations,
      '/funding/f1': () => ({ body: funding({ status: 'published' }) }),
      'GET /follows': () => ({ body: follows }),
      'POST /follows': () => {
        follows = [follow()];
        return { status: 201, body: follows[0] };
      },
      'DELETE /follows/follow-1': () => {
        follows = [];
        return { status: 204 };
      },
    });
    const { user } = renderApp('/financiering/f1');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Herinnering per e-mail' })).closest(
      'section',
    ) as HTMLElement;
    expect(within(section).getByText(/14 dagen en 3 dagen voor de sluitingsdatum een e-mail/)).toBeInTheDocument();

    await user.click(await within(section).findByRole('button', { name: 'Volg deze regeling' }));
    const stop = await within(section).findByRole('button', {
      name: 'Niet meer volgen: Financiële impuls grote gezinnen',
    });
    expect(within(section).getByRole('status')).toHaveTextContent('U volgt deze regeling');
    const posted = requests(stub).find((request) => request.method === 'POST' && request.url.endsWith('/follows'));
    expect(await posted?.json()).toEqual({ fundingId: 'f1' });

    await user.click(stop);
    expect(await within(section).findByRole('button', { name: 'Volg deze regeling' })).toBeInTheDocument();
    expect(requests(stub).some((request) => request.method === 'DELETE')).toBe(true);
  });

  it('shows the problem when following fails', async () => {
    stubApi({
      'POST /sessions/refresh': () => ({ body: session('editor') }),
      '/organisations': organisations,
      '/funding/f1': () => ({ body: funding({ status: 'published' }) }),
      'GET /follows': () => ({ body: [] }),
      'POST /follows': () =>
        problem(400, 'fundingId is geen gepubliceerde financiering', {
          invalidParams: [{ name: 'fundingId', reason: 'is geen gepubliceerde financiering' }],
        }),
    });
    const { user } = renderApp('/financiering/f1');
    await user.click(await screen.findByRole('button', { name: 'Volg deze regeling' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('fundingId is geen gepubliceerde financiering');
  });

  it('offers nothing to follow when signed out', async () => {
    stubApi({
      'POST /sessions/refresh': () => problem(401, 'Geen geldige sessie meer.'),
      '/organisations': organisations,
      '/funding/f1': () => ({ body: funding({ status: 'published' }) }),
    });
    renderApp('/financiering/f1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Financiële impuls grote gezinnen' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Volg deze regeling' })).not.toBeInTheDocument();
  });

  it('says the closing date is unknown rather than promising a reminder on a date', async () => {
    stubApi({
      'POST /sessions/refresh': () => ({ body: session('province') }),
      '/organisations': organisations,
      '/regions/PV25': () => ({ body: { code: 'PV25', name: 'Gelderland', type: 'province' } }),
      '/funding/f1': () => ({ body: funding({ status: 'published', closesOn: null, windowStatus: 'unknown' }) }),
      'GET /follows': () => ({ body: [] }),
    });
    renderApp('/financiering/f1');
    expect(await screen.findByRole('button', { name: 'Volg deze regeling' })).toBeInTheDocument();
    expect(
      screen.getByText('Sluitingsdatum onbekend: u krijgt pas een herinnering als de sluitingsdatum bekend is.'),
    ).toBeInTheDocument();
  });

  it('says a closed scheme sends no reminder until it gets a new closing date', async () => {
    stubApi({
      'POST /sessions/refresh': () => ({ body: session('province') }),
      '/organisations': organisations,
      '/regions/PV25': () => ({ body: { code: 'PV25', name: 'Gelderland', type: 'province' } }),
      '/funding/f1': () => ({ body: funding({ status: 'published', closesOn: '2021-05-19', windowStatus: 'closed' }) }),
      'GET /follows': () => ({ body: [] }),
    });
    renderApp('/financiering/f1');
    expect(await screen.findByRole('button', { name: 'Volg deze regeling' })).toBeInTheDocument();
    expect(screen.getByText(/Deze regeling is gesloten\./)).toBeInTheDocument();
  });
});

describe('followed funding page', () => {
  it('lists each followed item with its closing date, or says the date is unknown, and stops one', async () => {
    let follows = [
      follow(),
      follow({ id: 'follow-2', fundingId: 'f3', title: 'Regeling zonder sluitingsdatum', closesOn: null }),
      follow({ id: 'follow-3', fundingId: 'f4', title: 'Gesloten regeling', closesOn: '2021-05-19' }),
    ];
    const stub = stubApi({
      'POST /sessions/refresh': () => ({ body: session('support') }),
      'GET /follows': () => ({ body: follows }),
      'DELETE /follows/follow-2': () => {
        follows = follows.filter((candidate) => candidate.id !== 'follow-2');
        return { status: 204 };
      },
    });
    const { user } = renderApp('/gevolgd');
    expect(await screen.findByRole('heading', { level: 1, name: 'Gevolgde regelingen' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Regelingen die u volgt' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[0] as HTMLElement).getByRole('link')).toHaveAttribute('href', '/financiering/f1');
    expect(items[0]).toHaveTextContent('Sluit op 30 juni 2031');
    expect(items[1]).toHaveTextContent('Sluitingsdatum onbekend');
    expect(items[2]).toHaveTextContent('Gesloten op 19 mei 2021');

    await user.click(within(list).getByRole('button', { name: 'Niet meer volgen: Regeling zonder sluitingsdatum' }));
    expect(await within(list).findAllByRole('listitem')).toHaveLength(2);
    expect(
      requests(stub).some((request) => request.method === 'DELETE' && request.url.endsWith('/follows/follow-2')),
    ).toBe(true);
  });

  it('says so when nothing is followed', async () => {
    stubApi({
      'POST /sessions/refresh': () => ({ body: session('municipality') }),
      '/regions/GM0344': () => ({ body: { code: 'GM0344', name: 'Utrecht', type: 'municipality' } }),
      'GET /follows': () => ({ body: [] }),
    });
    renderApp('/gevolgd');
    expect(await screen.findByText('U volgt nog geen regelingen.')).toBeInTheDocument();
  });
});
