import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { snippetParts } from '@/lib/catalogue';
import { Highlighted } from './Highlighted';

describe('search snippets', () => {
  it('marks the matches between ⟦ and ⟧ with <mark>', () => {
    const { container } = render(
      <p>
        <Highlighted snippet="Met deze ⟦financiële⟧ impuls kreeg een ⟦gemeente⟧ geld" />
      </p>,
    );
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['financiële', 'gemeente']);
    expect(container.textContent).toBe('Met deze financiële impuls kreeg een gemeente geld');
  });

  it('shows HTML in the text as text, never as markup', () => {
    const { container } = render(
      <p>
        <Highlighted snippet={'<script>alert(1)</script> en <img src=x onerror=alert(2)> ⟦<b>vet</b>⟧'} />
      </p>,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<script>alert(1)</script> en <img src=x onerror=alert(2)> <b>vet</b>');
    expect(container.querySelector('mark')?.textContent).toBe('<b>vet</b>');
  });

  it('drops stray markers and keeps the text', () => {
    expect(snippetParts('begin ⟦open zonder einde')).toEqual([{ text: 'begin open zonder einde', match: false }]);
    expect(snippetParts('eind⟧ ⟦treffer⟧')).toEqual([
      { text: 'eind ', match: false },
      { text: 'treffer', match: true },
    ]);
    expect(snippetParts('')).toEqual([]);
  });
});
