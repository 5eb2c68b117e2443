import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { problem, requests, stubApi } from '@/test/fetchStub';
import { renderApp } from '@/test/render';

const what = {
  purpose: 'saved-search',
  description: 'De wekelijkse samenvatting per e-mail van uw bewaarde zoekopdracht "Opvang".',
  active: true,
};

describe('afmelden voor e-mail', () => {
  it('shows what the link stops and stops it only on the button, without signing in', async () => {
    const stub = stubApi({
      'POST /sessions/refresh': () => problem(401, 'Niet aangemeld.'),
      'GET /unsubscriptions/abc.def': () => ({ body: what }),
      'POST /unsubscriptions/abc.def': () => ({ body: { ...what, active: false } }),
    });
    const { user } = renderApp('/mail-afmelden/abc.def');
    expect(await screen.findByText(what.description)).toBeInTheDocument();
    expect(requests(stub).some((request) => request.method === 'POST' && request.url.includes('unsubscriptions'))).toBe(
      false,
    );
    await user.click(screen.getByRole('button', { name: 'Afmelden' }));
    expect(await screen.findByText('U bent afgemeld. U krijgt deze e-mails niet meer.')).toBeInTheDocument();
    const post = requests(stub).find((request) => request.method === 'POST' && request.url.includes('unsubscriptions'));
    expect(await post?.text()).toBe('List-Unsubscribe=One-Click');
    expect(screen.queryByRole('button', { name: 'Afmelden' })).toBeNull();
  });

  it('says so when the mails had stopped already', async () => {
    stubApi({
      'POST /sessions/refresh': () => problem(401, 'Niet aangemeld.'),
      'GET /unsubscriptions/abc.def': () => ({ body: { ...what, description: null, active: false } }),
    });
    renderApp('/mail-afmelden/abc.def');
    expect(await screen.findByText('Deze e-mails zijn al gestopt.')).toBeInTheDocument();
  });

  it('shows the problem of a link that is not ours', async () => {
    stubApi({
      'POST /sessions/refresh': () => problem(401, 'Niet aangemeld.'),
      'GET /unsubscriptions/vervalst': () => problem(404, 'Deze afmeldlink is niet geldig.'),
    });
    renderApp('/mail-afmelden/vervalst');
    expect(await screen.findByText('Deze afmeldlink is niet geldig.')).toBeInTheDocument();
  });
});
