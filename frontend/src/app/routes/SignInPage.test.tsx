import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { session } from '@/test/fixtures';
import { page, problem, requests, stubApi } from '@/test/fetchStub';
import { renderApp } from '@/test/render';

const organisations = () => ({ body: page([]) });

describe('sign-in page', () => {
  it('names empty fields in a summary before sending anything, each linked to its field', async () => {
    const stub = stubApi({});
    const { user } = renderApp('/aanmelden');
    await user.click(await screen.findByRole('button', { name: 'Aanmelden' }));

    const summary = screen.getByRole('alert', { name: 'Er is een probleem' });
    expect(summary).toHaveFocus();
    const email = screen.getByLabelText('E-mailadres');
    expect(email).toBeInvalid();
    expect(email).toHaveAccessibleDescription('Vul uw e-mailadres in.');
    await user.click(within(summary).getByRole('link', { name: 'Vul uw wachtwoord in.' }));
    expect(screen.getByLabelText('Wachtwoord')).toHaveFocus();
    expect(requests(stub).some((request) => request.method === 'POST' && request.url.endsWith('/sessions'))).toBe(
      false,
    );
  });

  it('lists the API’s reasons in the summary and next to the fields, as sentences', async () => {
    stubApi({
      'POST /sessions': () =>
        problem(400, '1 parameter of veld is ongeldig; zie invalidParams.', {
          invalidParams: [{ name: 'email', reason: 'moet een e-mailadres zijn, zoals naam@gemeente.nl' }],
        }),
    });
    const { user } = renderApp('/aanmelden');
    await user.type(screen.getByLabelText('E-mailadres'), 'iemand');
    await user.type(screen.getByLabelText('Wachtwoord'), 'geheim');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    const summary = await screen.findByRole('alert', { name: 'Er is een probleem' });
    expect(summary).toHaveFocus();
    const email = screen.getByLabelText('E-mailadres');
    const sentence = 'E-mailadres moet een e-mailadres zijn, zoals naam@gemeente.nl.';
    expect(email).toHaveAccessibleDescription(sentence);
    await user.click(within(summary).getByRole('link', { name: sentence }));
    expect(email).toHaveFocus();
  });

  it('shows the problem detail when the e-mail address or password is wrong', async () => {
    stubApi({
      'POST /sessions': () =>
        problem(401, 'Het e-mailadres of het wachtwoord is onjuist, of het account is niet actief.', {
          title: 'Niet aangemeld',
        }),
    });
    const { user } = renderApp('/aanmelden');
    await user.type(screen.getByLabelText('E-mailadres'), 'iemand@example.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'fout-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Er is een probleem' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Het e-mailadres of het wachtwoord is onjuist, of het account is niet actief.');
    expect(screen.getByLabelText('E-mailadres')).toBeValid();
  });

  it('says how long to wait after too many attempts (429 with Retry-After)', async () => {
    stubApi({
      'POST /sessions': () => ({
        ...problem(429, 'Te veel mislukte pogingen. Wacht even en probeer het dan opnieuw.'),
        headers: { 'Retry-After': '90' },
      }),
    });
    const { user } = renderApp('/aanmelden');
    await user.type(screen.getByLabelText('E-mailadres'), 'iemand@example.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'fout-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Te veel mislukte pogingen.');
    expect(alert).toHaveTextContent('Probeer het over 2 minuten opnieuw.');
  });

  it('signs in, keeps the token out of storage and returns to the page in ?terug', async () => {
    const stub = stubApi({
      'POST /sessions': () => ({ status: 201, body: session('editor') }),
      '/organisations': organisations,
    });
    const { user, currentLocation } = renderApp('/aanmelden?terug=%2Forganisaties%3Fx%3D1');
    await user.type(screen.getByLabelText('E-mailadres'), ' redacteur@bzk.handreiking.test ');
    await user.type(screen.getByLabelText('Wachtwoord'), 'demo-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Organisaties' })).toBeInTheDocument();
    expect(currentLocation().pathname + currentLocation().search).toBe('/organisaties?x=1');
    expect(within(screen.getByRole('banner')).getByText('Redacteur BZK (demo)')).toBeInTheDocument();

    const signIn = requests(stub).find((request) => request.method === 'POST' && request.url.endsWith('/sessions'));
    expect(await signIn?.json()).toEqual({ email: 'redacteur@bzk.handreiking.test', password: 'demo-wachtwoord' });
    expect(JSON.stringify({ ...localStorage })).not.toContain('token-editor');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('token-editor');
  });

  it.each([
    ['municipality', '/mijn-overzicht'],
    ['province', '/mijn-overzicht'],
    ['support', '/signalen'],
    ['editor', '/redactie'],
    ['admin', '/beheer/gebruikers'],
  ] as const)('lands a %s without a page to return to where its work is (%s)', async (role, start) => {
    stubApi({ 'POST /sessions': () => ({ status: 201, body: session(role) }) });
    const { user, currentLocation } = renderApp('/aanmelden');
    await user.type(screen.getByLabelText('E-mailadres'), 'iemand@handreiking.test');
    await user.type(screen.getByLabelText('Wachtwoord'), 'demo-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
    // a section may open on its first sub-page (/redactie → /redactie/opgaven)
    await waitFor(() => expect(currentLocation().pathname).toMatch(new RegExp(`^${start}(/|$)`)));
  });

  it.each(['//evil.example/pad', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)'])(
    'never sends the reader off-site after signing in (terug=%s)',
    async (terug) => {
      stubApi({
        'POST /sessions': () => ({ status: 201, body: session('editor') }),
        '/domains': () => ({ body: page([]) }),
      });
      const { user, currentLocation } = renderApp(`/aanmelden?terug=${encodeURIComponent(terug)}`);
      await user.type(screen.getByLabelText('E-mailadres'), 'redacteur@bzk.handreiking.test');
      await user.type(screen.getByLabelText('Wachtwoord'), 'demo-wachtwoord');
      await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
      await screen.findByText('Redacteur BZK (demo)');
      await waitFor(() => expect(currentLocation().pathname).toMatch(/^\/redactie(\/|$)/));
    },
  );
});
