import { describe, expect, it } from 'vitest';
import { cutAtWord, framedFragment } from './text';

describe('cutAtWord', () => {
  it('leaves a text that fits as it is, with its spaces tidied', () => {
    expect(cutAtWord('Het COA heeft  meer\nplekken nodig.', 40)).toBe('Het COA heeft meer plekken nodig.');
    expect(cutAtWord('precies tien', 12)).toBe('precies tien');
  });

  it('cuts a longer text after its last whole word and ends it with an ellipsis within the limit', () => {
    const text = 'De gemeente zorgt voor huisvesting van vergunninghouders';
    const cut = cutAtWord(text, 25);
    expect(cut).toBe('De gemeente zorgt voor…');
    expect(cut.length).toBeLessThanOrEqual(25);
  });

  it('keeps a word that ends exactly at the limit', () => {
    expect(cutAtWord('een twee drie vier', 9)).toBe('een twee…');
  });

  it('drops punctuation that would dangle before the ellipsis', () => {
    expect(cutAtWord('Opvang, huisvesting, integratie en meer', 22)).toBe('Opvang, huisvesting…');
    expect(cutAtWord('Eerst dit – dan dat en nog veel meer', 14)).toBe('Eerst dit…');
  });

  it('cuts inside a first word that alone is longer than the limit', () => {
    expect(cutAtWord('Volkshuisvestingsfondsregeling', 10)).toBe('Volkshuis…');
  });
});

describe('framedFragment', () => {
  const whole = 'Gemeenten krijgen geld voor opvang. Het Rijk betaalt de kosten van huisvesting en begeleiding.';

  it('marks a fragment cut out of the middle on both sides', () => {
    expect(framedFragment('Het Rijk betaalt de kosten', whole)).toBe('… Het Rijk betaalt de kosten …');
  });

  it('marks no cut at the start or the end of the text, even without the final full stop', () => {
    expect(framedFragment('Gemeenten krijgen geld', whole)).toBe('Gemeenten krijgen geld …');
    expect(framedFragment('kosten van huisvesting en begeleiding', whole)).toBe(
      '… kosten van huisvesting en begeleiding',
    );
    expect(framedFragment(whole, whole)).toBe(whole);
  });

  it('compares the words without the marks the fragment carries, and keeps the marks', () => {
    expect(framedFragment('Het Rijk betaalt de ⟦kosten⟧', whole, 'Het Rijk betaalt de kosten')).toBe(
      '… Het Rijk betaalt de ⟦kosten⟧ …',
    );
  });

  it('takes parts joined by an ellipsis as separate cuts', () => {
    expect(framedFragment('Gemeenten krijgen … huisvesting en begeleiding', whole)).toBe(
      'Gemeenten krijgen … huisvesting en begeleiding',
    );
    expect(framedFragment('krijgen geld … de kosten', whole)).toBe('… krijgen geld … de kosten …');
  });
});
