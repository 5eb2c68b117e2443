/**
 * An amount in euro as people type it: "25000000", "25.000.000", "€ 1.250.000,50" or "2500000.5".
 * Empty is null (unknown); anything that is not an amount is undefined.
 */
export function parseEuro(text: string): number | null | undefined {
  const plain = text.replace(/[€\s]/g, '').replace(/^EUR/i, '');
  if (plain === '') return null;
  let normal: string;
  if (plain.includes(',')) {
    // Dutch: dots group thousands, the comma starts the cents.
    if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(plain)) return undefined;
    normal = plain.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(plain)) {
    normal = plain.replace(/\./g, '');
  } else if (/^\d+(\.\d{1,2})?$/.test(plain)) {
    normal = plain;
  } else {
    return undefined;
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

/** The amount as the form shows it again: Dutch notation without the euro sign. */
export function euroInput(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(value);
}
