import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH } from '@/lib/catalogue';
import { initI18n } from '@/lib/i18n';
import { DidYouMean } from './DidYouMean';

function renderSuggestion(suggestion: string | null) {
  const search = { ...EMPTY_SEARCH, q: 'opvnag', domain: 'reception' as const, page: 3 };
  return render(
    <I18nextProvider i18n={initI18n()}>
      <MemoryRouter>
        <DidYouMean
          suggestion={suggestion}
          search={search}
          toSearch={(next) => ({ search: `?q=${next.q}&domain=${next.domain}&page=${next.page}` })}
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('did you mean', () => {
  it('offers the corrected text as a link that keeps the filters and starts at the first page', () => {
    renderSuggestion('opvang');
    expect(screen.getByText(/Bedoelde u:/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'opvang' })).toHaveAttribute('href', '/?q=opvang&domain=reception&page=1');
  });

  it('shows nothing without a suggestion', () => {
    const { container } = renderSuggestion(null);
    expect(container).toBeEmptyDOMElement();
  });
});
