import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { domains, session, utrecht } from '@/test/fixtures';
import { page, problem, requests, stubApi } from '@/test/fetchStub';
import { renderApp } from '@/test/render';

type Role = 'municipality' | 'province' | 'support' | 'editor' | 'admin';

function signedInAs(role: Role) {
  return stubApi({
    'POST /sessions/refresh': () => ({ body: session(role) }),
    'DELETE /sessions/current': () => ({ status: 204 }),
    '/domains': () => ({ body: page(domains) }),
    '/regions/GM0344': () => ({ body: utrecht }),
    '/regions/PV25': () => ({ body: { code: 'PV25', name: 'Gelderland', type: 'province' } }),
  });
}

const mainNav = () => screen.getByRole('navigation', { name: 'Hoofdmenu' });

describe('header and navigation by role', () => {
  it('offers sign-in and only the public pages when nobody is signed in', async () => {
    stubApi({
      'POST /sessions/refresh': () => problem(401, 'Geen geldige sessie meer.'),
      '/domains': () => ({ body: page(domains) }),
    });
    renderApp('/regios?q=utrecht');
    const signIn = await within(screen.getByRole('banner')).findByRole('link', { name: 'Aanmelden' });
    expect(signIn).toHaveAttribute('href', '/aanmelden?terug=%2Fregios%3Fq%3Dutrecht');
    expect(
      within(mainNav())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Home',
      'Zoeken',
      'Financiering',
      'Organisaties',
      "Regio's",
      'Cijfers signalen',
      'Taakstelling',
      'Agenda',
    ]);
  });

  it('shows an administrator who they are and adds "Beheer"', async () => {
    signedInAs('admin');
    renderApp('/');
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText('Beheerder Handreiking (demo)')).toBeInTheDocument();
    expect(within(banner).getByText('Beheerder · BZK')).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Afmelden' })).toBeInTheDocument();
    expect(within(banner).queryByRole('link', { name: 'Aanmelden' })).not.toBeInTheDocument();
    expect(within(mainNav()).getByRole('link', { name: 'Beheer' })).toHaveAttribute('href', '/beheer');
  });

  it('names the region of a municipal official, not its code', async () => {
    signedInAs('municipality');
    renderApp('/');
    expect(await screen.findByText('Gemeente · Utrecht')).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Gemeente Utrecht (demo)')).toBeInTheDocument();
  });

  it.each([
    [
      'municipality',
      'Gemeente Utrecht (demo)',
      ['Mijn overzicht'],
      ['Cijfers signalen', 'Taakstelling', 'Agenda', 'Signalen', 'Signaal indienen'],
    ],
    [
      'province',
      'Provincie Gelderland (demo)',
      ['Mijn overzicht'],
      ['Cijfers signalen', 'Taakstelling', 'Agenda', 'Signalen', 'Signaal indienen'],
    ],
    ['support', 'Ondersteuningsteam COA (demo)', [], ['Cijfers signalen', 'Taakstelling', 'Agenda', 'Signalen']],
    ['editor', 'Redacteur BZK (demo)', [], ['Cijfers signalen', 'Taakstelling', 'Agenda', 'Redactie']],
  ] as const)('shows a %s only the pages that exist for them, no "Beheer"', async (role, name, first, own) => {
    signedInAs(role);
    renderApp('/');
    await within(screen.getByRole('banner')).findByText(name);
    expect(
      within(mainNav())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([...first, 'Home', 'Zoeken', 'Financiering', 'Organisaties', "Regio's", ...own]);
  });

  it('marks "Signalen" as the current page on the queue only, not on the dashboard', async () => {
    signedInAs('support');
    const { currentLocation } = renderApp('/signalen/dashboard');
    await within(screen.getByRole('banner')).findByText('Ondersteuningsteam COA (demo)');
    expect(within(mainNav()).getByRole('link', { name: 'Cijfers signalen' })).toHaveAttribute('aria-current', 'page');
    expect(within(mainNav()).getByRole('link', { name: 'Signalen' })).not.toHaveAttribute('aria-current');
    expect(currentLocation().pathname).toBe('/signalen/dashboard');
  });

  it('signs out on the server, then shows the public state with a notice', async () => {
    const stub = signedInAs('admin');
    const { user, currentLocation } = renderApp('/organisaties');
    await user.click(await screen.findByRole('button', { name: 'Afmelden' }));

    expect(await within(screen.getByRole('banner')).findByRole('link', { name: 'Aanmelden' })).toBeInTheDocument();
    expect((await screen.findByText('U bent afgemeld.')).closest('[role="status"]')).toBeInTheDocument();
    expect(currentLocation().pathname).toBe('/');
    expect(within(mainNav()).queryByRole('link', { name: 'Beheer' })).not.toBeInTheDocument();
    const signOut = requests(stub).find((request) => request.method === 'DELETE');
    expect(signOut?.url).toMatch(/\/api\/v1\/sessions\/current$/);
    expect(signOut?.headers.get('Authorization')).toBe('Bearer token-admin');
  });
});
