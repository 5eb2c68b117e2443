import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { domains } from '@/test/fixtures';
import { page, stubApi } from '@/test/fetchStub';
import { renderApp } from '@/test/render';

describe('layout', () => {
  it('offers a skip link first, the product name, the main navigation and the API links', async () => {
    stubApi({ '/domains': () => ({ body: page(domains) }) });
    const { user } = renderApp('/');

    await user.tab();
    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();

    expect(within(screen.getByRole('banner')).getByRole('link', { name: /Handreiking/ })).toHaveAttribute('href', '/');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Organisaties' })).toHaveAttribute('href', '/organisaties');
    expect(within(nav).getByRole('link', { name: "Regio's" })).toHaveAttribute('href', '/regios');

    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: /Swagger UI/ })).toHaveAttribute('href', '/q/swagger-ui');
    expect(within(footer).getByRole('link', { name: 'OpenAPI-document' })).toHaveAttribute(
      'href',
      '/api/v1/openapi.json',
    );
  });

  it('moves focus to the new page heading after navigating', async () => {
    stubApi({ '/domains': () => ({ body: page(domains) }), '/organisations': () => ({ body: page([]) }) });
    const { user } = renderApp('/');
    await user.click(screen.getByRole('link', { name: 'Organisaties' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisaties' })).toHaveFocus();
  });
});

describe('phone menu', () => {
  it('is a disclosure button for the tools and the navigation that Escape and navigating close', async () => {
    stubApi({ '/domains': () => ({ body: page(domains) }), '/organisations': () => ({ body: page([]) }) });
    const { user } = renderApp('/');
    const button = screen.getByRole('button', { name: 'Menu' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const controlled = (button.getAttribute('aria-controls') ?? '').split(' ').map((id) => document.getElementById(id));
    expect(controlled).toEqual([
      screen.getByRole('group', { name: 'Taal' }).parentElement,
      screen.getByRole('navigation', { name: 'Hoofdmenu' }),
    ]);

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.click(
      within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Organisaties' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisaties' })).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('language switch', () => {
  it('switches to English, sets <html lang> and remembers the choice', async () => {
    stubApi({ '/domains': () => ({ body: page(domains) }) });
    const { user } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 3, name: 'Opvang' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));

    // English is its own chunk, loaded on the switch: the texts change once it has arrived.
    expect(await screen.findByRole('link', { name: 'Organisations' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('link', { name: 'Organisations' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Asylum reception' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('starts in the remembered language on the next visit', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    vi.resetModules();
    const fresh = await import('@/lib/i18n');
    const i18n = fresh.initI18n();
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('starts in Dutch when nothing or nonsense was remembered', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    vi.resetModules();
    const fresh = await import('@/lib/i18n');
    expect(fresh.initI18n().language).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
  });
});
