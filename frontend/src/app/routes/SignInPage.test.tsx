import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { session } from '../../test/fixtures';
import { page, problem, requests, stubApi } from '../../test/fetchStub';
import { renderApp } from '../../test/render';

const organisations = () => ({ body: page([]) });

describe('sign-in page', () => {
  it('shows the API’s reasons next to the fields they belong to and moves focus to the first', async () => {
    stubApi({
      'POST /sessions': () =>
        problem(400, '2 parameters of velden zijn ongeldig; zie invalidParams.', {
          invalidParams: [
            { name: 'email', reason: 'is verplicht' },
            { name: 'password', reason: 'is verplicht' },
          ],
        }),
    });
    const { user } = renderApp('/aanmelden');
    await user.click(await screen.findByRole('button', { name: 'Aanmelden' }));

    const email = screen.getByLabelText('E-mailadres');
    const password = screen.getByLabelText('Wachtwoord');
    await screen.findByRole('alert');
    expect(email).toBeInvalid();
    expect(email).toHaveAccessibleDescription('is verplicht');
    expect(password).toBeInvalid();
    expect(password).toHaveAccessibleDescription('is verplicht');
    expect(email).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Controleer de gemarkeerde velden.');
  });

  it('shows the problem detail when the e-mail address or password is wrong', async () => {
    stubApi({
      'POST /sessions': () => problem(401, 'Het e-mailadres of het wachtwoord is onjuist, of het account is niet actief.', { title: 'Niet aangemeld' }),
    });
    const { user } = renderApp('/aanmelden');
    await user.type(screen.getByLabelText('E-mailadres'), 'iemand@example.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'fout-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Aanmelden is niet gelukt' })).toBeInTheDocument();
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
    const stub = stubApi({ 'POST /sessions': () => ({ status: 201, body: session('editor') }), '/organisations': organisations });
    const { user, router } = renderApp('/aanmelden?terug=%2Forganisaties%3Fx%3D1');
    await user.type(screen.getByLabelText('E-mailadres'), ' redacteur@bzk.handreiking.test ');
    await user.type(screen.getByLabelText('Wachtwoord'), 'demo-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Organisaties' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/organisaties?x=1');
    expect(within(screen.getByRole('banner')).getByText('Redacteur BZK (demo)')).toBeInTheDocument();

    const signIn = requests(stub).find((request) => request.method === 'POST' && request.url.endsWith('/sessions'));
    expect(await signIn?.json()).toEqual({ email: 'redacteur@bzk.handreiking.test', password: 'demo-wachtwoord' });
    expect(JSON.stringify({ ...localStorage })).not.toContain('token-editor');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('token-editor');
  });

  it('sends a municipality without a page to return to to its own overview', async () => {
    stubApi({
      'POST /sessions': () => ({ status: 201, body: session('municipality') }),
      '/regions/GM0344': () => ({ body: { code: 'GM0344', name: 'Utrecht', type: 'municipality' } }),
    });
    const { user, router } = renderApp('/aanmelden');
    await user.type(screen.getByLabelText('E-mailadres'), 'gemeente.utrecht@handreiking.test');
    await user.type(screen.getByLabelText('Wachtwoord'), 'demo-wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn overzicht' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/mijn-overzicht');
  });

  it.each(['//evil.example/pad', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)'])(
    'never sends the reader off-site after signing in (terug=%s)',
    async (terug) => {
      stubApi({ 'POST /sessions': () => ({ status: 201, body: session('editor') }), '/domains': () => ({ body: page([]) }) });
      const { user, router } = renderApp(`/aanmelden?terug=${encodeURIComponent(terug)}`);
      await user.type(screen.getByLabelText('E-mailadres'), 'redacteur@bzk.handreiking.test');
      await user.type(screen.getByLabelText('Wachtwoord'), 'demo-wachtwoord');
      await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
      await screen.findByText('Redacteur BZK (demo)');
      expect(router.state.location.pathname).toBe('/');
    },
  );
});
