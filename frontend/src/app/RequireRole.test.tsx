import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { session, users } from '@/test/fixtures';
import { page, problem, stubApi } from '@/test/fetchStub';
import { renderApp } from '@/test/render';

describe('protected administration pages', () => {
  it('send a reader who is not signed in to sign-in, and back to the page afterwards', async () => {
    stubApi({
      'POST /sessions/refresh': () => problem(401, 'Geen geldige sessie meer.'),
      'POST /sessions': () => ({ status: 201, body: session('admin') }),
      '/users': () => ({ body: page(users) }),
    });
    const { user, currentLocation } = renderApp('/beheer/gebruikers?role=admin');

    expect(await screen.findByRole('heading', { level: 1, name: 'Aanmelden' })).toBeInTheDocument();
    expect(currentLocation().pathname).toBe('/aanmelden');
    expect(currentLocation().search).toBe('?terug=%2Fbeheer%2Fgebruikers%3Frole%3Dadmin');
    expect(screen.getByText('Meld u aan om deze pagina te bekijken.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('E-mailadres'), 'admin@handreiking.test');
    await user.type(screen.getByLabelText('Wachtwoord'), 'demo-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Gebruikers' })).toBeInTheDocument();
    expect(currentLocation().search).toBe('?role=admin');
  });

  it('wait for the session to be restored after a reload instead of redirecting', async () => {
    stubApi({ 'POST /sessions/refresh': () => ({ body: session('admin') }), '/users': () => ({ body: page(users) }) });
    const { currentLocation } = renderApp('/beheer/gebruikers');
    expect(await screen.findByRole('table', { name: 'Accounts, pagina 1 van 1' })).toBeInTheDocument();
    expect(currentLocation().pathname).toBe('/beheer/gebruikers');
  });

  it('answer a signed-in reader without the admin role with a polite 403 page', async () => {
    stubApi({
      'POST /sessions/refresh': () => ({ body: session('municipality') }),
      '/regions/GM0344': () => ({ body: {} }),
    });
    const { currentLocation } = renderApp('/beheer');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Geen toegang' });
    expect(heading).toBeInTheDocument();
    expect(
      screen.getByText(
        'U bent aangemeld als Gemeente Utrecht (demo) (Gemeente). Deze pagina is er alleen voor beheerders.',
      ),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Naar de homepage' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(currentLocation().pathname).toBe('/beheer');
  });
});
