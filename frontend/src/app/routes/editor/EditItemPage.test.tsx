import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogueOrganisations, measure, searchPage, task } from '@/test/catalogue';
import { session } from '@/test/fixtures';
import { page, problem, requests, stubApi } from '@/test/fetchStub';
import { renderApp } from '@/test/render';

const STALE =
  'Het item is intussen gewijzigd (nu versie 4). Haal het opnieuw op, neem de wijzigingen over en probeer het nog eens.';

function editor(handlers: Parameters<typeof stubApi>[0]) {
  return stubApi({
    'POST /sessions/refresh': () => ({ body: session('editor') }),
    '/organisations': () => ({ body: page(catalogueOrganisations, 1, 100) }),
    ...handlers,
  });
}

const versioned = (item: { version: number }) => ({ body: item, headers: { ETag: `"${item.version}"` } });

describe('editing an item', () => {
  it('sends If-Match; on 412 shows the detail, keeps the input, and saves again only after loading the latest version', async () => {
    let latest = measure({ version: 3, title: 'Oude titel', status: 'draft' });
    const saved: unknown[] = [];
    const stub = editor({
      'GET /measures/m1': () => versioned(latest),
      'PUT /measures/m1': async (_url, request) => {
        if (request.headers.get('If-Match') !== `"${latest.version}"`)
          return problem(412, STALE, { title: 'Voorwaarde niet vervuld' });
        const body = await request.json();
        saved.push(body);
        latest = measure({ ...body, version: latest.version + 1, status: 'draft' });
        return versioned(latest);
      },
    });
    const { user } = renderApp('/redactie/maatregelen/m1');

    const title = await screen.findByRole('textbox', { name: 'Titel' });
    expect(title).toHaveValue('Oude titel');
    latest = measure({ version: 4, title: 'Titel van een collega', status: 'draft' });

    await user.clear(title);
    await user.type(title, 'Mijn titel');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'Iemand anders heeft dit item intussen gewijzigd' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent(STALE);
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Mijn titel');
    expect(within(alert).getByRole('button', { name: 'Laatste versie laden' })).toHaveFocus();
    const puts = () => requests(stub).filter((request) => request.method === 'PUT');
    expect(puts()).toHaveLength(1);
    expect(puts()[0]?.headers.get('If-Match')).toBe('"3"');

    await user.click(within(alert).getByRole('button', { name: 'Laatste versie laden' }));
    expect(await screen.findByText('De laatste versie (versie 4) is geladen.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Titel van een collega');
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Titel' }), ' (aangevuld)');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText('De wijzigingen zijn opgeslagen als versie 5.')).toBeInTheDocument();
    expect(puts()[1]?.headers.get('If-Match')).toBe('"4"');
    expect(saved).toEqual([
      expect.objectContaining({ title: 'Titel van een collega (aangevuld)', slug: 'bestuursovereenkomst' }),
    ]);
  });

  it('shows the API’s reasons next to the fields', async () => {
    editor({
      'GET /measures/m1': () => versioned(measure({ status: 'draft' })),
      'PUT /measures/m1': () =>
        problem(400, '2 parameters of velden zijn ongeldig; zie invalidParams.', {
          invalidParams: [
            { name: 'title', reason: 'is verplicht' },
            { name: 'domains', reason: 'moet minstens één beleidsterrein bevatten' },
          ],
        }),
    });
    const { user } = renderApp('/redactie/maatregelen/m1');
    await user.clear(await screen.findByRole('textbox', { name: 'Titel' }));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    const summary = await screen.findByRole('alert', { name: 'Er is een probleem' });
    expect(summary).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveAccessibleDescription('Titel is verplicht.');
    await user.click(within(summary).getByRole('link', { name: 'Titel is verplicht.' }));
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Beleidsterreinen' })).toHaveAccessibleDescription(
      /moet minstens één beleidsterrein bevatten/,
    );
  });

  it('publishes with the current ETag and then offers archive and back to draft', async () => {
    const asked: unknown[] = [];
    const stub = editor({
      'GET /measures/m1': () => versioned(measure({ status: 'draft', version: 2 })),
      'PUT /measures/m1/status': async (_url, request) => {
        const body = await request.json();
        asked.push(body);
        return versioned(measure({ status: body.status, version: 3 }));
      },
    });
    const { user } = renderApp('/redactie/maatregelen/m1');
    const publication = await screen.findByRole('region', { name: 'Publicatie' });
    expect(
      within(publication)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Publiceren']);

    await user.click(within(publication).getByRole('button', { name: 'Publiceren' }));
    expect(await within(publication).findByText('Het item is gepubliceerd. Iedereen kan het nu zien.')).toHaveFocus();
    expect(
      within(publication)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Archiveren', 'Terug naar concept']);
    const put = requests(stub).find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"2"');
    expect(asked).toEqual([{ status: 'published' }]);
  });

  it('links a task found by search, with the ETag of the version it edits', async () => {
    const stub = editor({
      'GET /measures/m1': () => versioned(measure({ version: 5 })),
      '/tasks': () => ({ body: searchPage([task()]) }),
      'PUT /measures/m1/links/t1': () =>
        versioned(
          measure({
            version: 6,
            links: [
              {
                id: 't1',
                kind: 'task',
                title: 'Voldoende opvangplekken realiseren',
                slug: 'x',
                status: 'published',
                href: '/api/v1/tasks/t1',
              },
            ],
          }),
        ),
    });
    const { user } = renderApp('/redactie/maatregelen/m1');
    const links = await screen.findByRole('region', { name: 'Koppelingen' });
    expect(within(links).getByText('Nog niets gekoppeld.')).toBeInTheDocument();

    await user.type(within(links).getByRole('searchbox', { name: 'Zoekwoorden' }), 'opvang');
    await user.click(within(links).getByRole('button', { name: 'Zoeken' }));
    await user.click(
      await within(links).findByRole('button', { name: 'Koppelen: Voldoende opvangplekken realiseren' }),
    );

    expect(await within(links).findByText('Voldoende opvangplekken realiseren is gekoppeld.')).toBeInTheDocument();
    expect(within(links).getByRole('link', { name: 'Voldoende opvangplekken realiseren' })).toHaveAttribute(
      'href',
      '/opgaven/t1',
    );
    expect(
      within(links).getByRole('button', { name: 'Ontkoppelen: Voldoende opvangplekken realiseren' }),
    ).toBeInTheDocument();
    expect(
      requests(stub)
        .find((request) => request.method === 'PUT')
        ?.headers.get('If-Match'),
    ).toBe('"5"');
  });

  it('sends someone without the editor role to a polite 403 page', async () => {
    stubApi({
      'POST /sessions/refresh': () => ({ body: session('support') }),
      '/organisations': () => ({ body: page([]) }),
    });
    renderApp('/redactie/maatregelen/m1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.getByText(/Deze pagina is er alleen voor redacteuren\./)).toBeInTheDocument();
  });
});
