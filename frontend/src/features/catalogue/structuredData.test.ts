import { describe, expect, it } from 'vitest';
import { funding, measure } from '@/test/catalogue';
import type { Funding, Measure } from '@/lib/catalogue';
import { BZK_NAME, jsonLdText, structuredData } from './structuredData';

const asMeasure = (overrides: Record<string, unknown> = {}) => measure(overrides) as unknown as Measure;
const asFunding = (overrides: Record<string, unknown> = {}) => funding(overrides) as unknown as Funding;

describe('structured data of an item page', () => {
  it('describes a measure as a GovernmentService offered by its organisations', () => {
    const data = structuredData(
      { kind: 'measure', item: asMeasure({ url: 'https://www.coa.nl/azc' }) },
      'https://handreiking.example.nl/maatregelen/m1',
      ['Centraal Orgaan opvang asielzoekers'],
    );
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: 'Bestuursovereenkomst voor een azc',
      description: 'Gemeente en COA leggen de afspraken vast.',
      url: 'https://handreiking.example.nl/maatregelen/m1',
      inLanguage: 'nl',
      sameAs: 'https://www.coa.nl/azc',
      provider: [{ '@type': 'GovernmentOrganization', name: 'Centraal Orgaan opvang asielzoekers' }],
    });
  });

  it('names the ministry of BZK when no organisation of the item is known', () => {
    const data = structuredData({ kind: 'measure', item: asMeasure() }, 'https://x.nl/maatregelen/m1', []);
    expect(data.provider).toEqual([{ '@type': 'GovernmentOrganization', name: BZK_NAME }]);
    expect(data).not.toHaveProperty('sameAs');
  });

  it('describes funding as a MonetaryGrant with its budget and application window', () => {
    const data = structuredData({ kind: 'funding', item: asFunding() }, 'https://x.nl/financiering/f1', [
      'Ministerie van Justitie en Veiligheid',
      'Centraal Orgaan opvang asielzoekers',
    ]);
    expect(data['@type']).toBe('MonetaryGrant');
    expect(data.funder).toHaveLength(2);
    expect(data.amount).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: 1000000,
      validFrom: '2021-05-27',
      validThrough: '2021-06-11',
    });
  });

  it('never writes an amount or a closing date that the item does not know', () => {
    const unknown = structuredData(
      {
        kind: 'funding',
        item: asFunding({ totalBudgetEur: null, amountPerApplicantEur: null, opensOn: null, closesOn: null }),
      },
      'https://x.nl/financiering/f1',
      [],
    );
    expect(unknown).not.toHaveProperty('amount');

    const openEnded = structuredData(
      { kind: 'funding', item: asFunding({ totalBudgetEur: null, opensOn: null, openEnded: true }) },
      'https://x.nl/financiering/f1',
      [],
    );
    expect(openEnded).not.toHaveProperty('amount');

    const onlyClosing = structuredData(
      { kind: 'funding', item: asFunding({ totalBudgetEur: null, opensOn: null }) },
      'https://x.nl/financiering/f1',
      [],
    );
    expect(onlyClosing.amount).toEqual({ '@type': 'MonetaryAmount', currency: 'EUR', validThrough: '2021-06-11' });
  });

  it('writes text that cannot end its script element and still reads back the same', () => {
    const data = structuredData(
      {
        kind: 'measure',
        item: asMeasure({ title: 'Opvang</script><script>alert(1)</script>', summary: 'A & B <!-- c --> \u2028' }),
      },
      'https://x.nl/maatregelen/m1',
      [],
    );
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<\/?script/i);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
