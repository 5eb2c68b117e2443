/** The page envelope every collection returns, with the defaults the API documents filled in. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
}

interface Envelope<T> {
  items?: T[];
  page?: number;
  pageSize?: number;
  totalItems?: number;
  totalPages?: number;
}

/** The generated schema marks every envelope field optional; this gives the UI one firm shape. */
export function toPage<T>(envelope: Envelope<T>): Page<T> {
  const items = envelope.items ?? [];
  return {
    items,
    page: envelope.page ?? 1,
    pageSize: envelope.pageSize ?? items.length,
    totalItems: envelope.totalItems ?? items.length,
    totalPages: envelope.totalPages ?? 1,
  };
}
