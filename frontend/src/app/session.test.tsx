import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { session, users } from '@/test/fixtures';
import { page, problem, stubApi } from '@/test/fetchStub';
import { renderApp } from '@/test/render';

describe('an expired session', () => {
  it('leads to sign-in with a clear message, and back to the page after signing in again', async () => {
    let refreshes = 0;
    let signedInAgain = false;
    stubApi({
      // The first refresh restores the session on start; the next one finds it ended.
      'POST /sessions/refresh': () =>
        ++refreshes === 1 ? { body: session('admin', 'first') } : problem(401, 'Geen geldige sessie meer.'),
      'POST /sessions': () => {
        signedInAgain = true;
        return { status: 201, body: session('admin', 'second') };
      },
      '/users': (_url, request) =>
        request.headers.get('Authorization') === 'Bearer second'
          ? { body: page(users) }
          : problem(401, 'Het token is ingetrokken.'),
    });
    const { user, currentLocation } = renderApp('/beheer/gebruikers?q=gemeente');

    expect(await screen.findByText('Uw sessie is verlopen. Meld u opnieuw aan.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeInTheDocument();
    expect(currentLocation().pathname).toBe('/aanmelden');
    expect(new URLSearchParams(currentLocation().search).get('terug')).toBe('/beheer/gebruikers?q=gemeente');

    await user.type(screen.getByLabelText('E-mailadres'), 'admin@handreiking.test');
    await user.type(screen.getByLabelText('Wachtwoord'), 'demo-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByRole('table', { name: 'Accounts, pagina 1 van 1' })).toBeInTheDocument();
    expect(signedInAgain).toBe(true);
    expect(currentLocation().pathname + currentLocation().search).toBe('/beheer/gebruikers?q=gemeente');
  });
});

describe('restoring a session on start', () => {
  it('is not tried in a browser that never signed in, so anonymous visitors make no failing call', async () => {
    localStorage.removeItem('handreiking.hadSession');
    let refreshes = 0;
    stubApi({
      'POST /sessions/refresh': () => {
        refreshes++;
        return problem(401, 'Geen geldige sessie meer.');
      },
      '/domains': () => ({ body: page([]) }),
      '/tasks': () => ({ body: { ...page([]), facets: { domain: [], audience: [], organisation: [], status: [] } } }),
    });
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Aanmelden' })).toBeInTheDocument();
    expect(refreshes).toBe(0);
  });

  it('is remembered after signing in and forgotten after the session ends', async () => {
    localStorage.removeItem('handreiking.hadSession');
    stubApi({
      'POST /sessions': () => ({ status: 201, body: session('admin', 'token') }),
      '/users': () => ({ body: page(users) }),
    });
    const { user } = renderApp('/aanmelden');
    await user.type(await screen.findByLabelText('E-mailadres'), 'admin@handreiking.test');
    await user.type(screen.getByLabelText('Wachtwoord'), 'demo-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
    await screen.findByText('Beheerder Handreiking (demo)', { exact: false });
    expect(localStorage.getItem('handreiking.hadSession')).toBe('1');
  });
});
