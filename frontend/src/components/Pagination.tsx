import { useTranslation } from 'react-i18next';
import { Link, type To } from 'react-router';

interface PaginationProps {
  page: number;
  totalPages: number;
  /** Where the link to a page goes; paging is plain navigation, so the URL holds the page. */
  toPage: (page: number) => To;
}

/** Page numbers around the current page, always with the first and last; null marks a gap. */
export function pageWindow(page: number, totalPages: number, around = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let p = 1; p <= totalPages; p++) {
    const near = Math.abs(p - page) <= around;
    if (p === 1 || p === totalPages || near) {
      pages.push(p);
    } else if (pages[pages.length - 1] !== null) {
      pages.push(null);
    }
  }
  return pages;
}

/** Previous, numbered and next links in a navigation landmark, styled by the NL Design System. */
export function Pagination({ page, totalPages, toPage }: PaginationProps) {
  const { t } = useTranslation();
  if (totalPages <= 1) {
    return null;
  }
  return (
    <nav className="utrecht-pagination utrecht-pagination--distanced hr-pagination" aria-label={t('pagination.label')}>
      <ul className="hr-pagination__list">
        {page > 1 && (
          <li>
            <Link
              className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev"
              to={toPage(page - 1)}
              rel="prev"
            >
              {t('pagination.previous')}
            </Link>
          </li>
        )}
        {pageWindow(page, totalPages).map((p, index) =>
          p === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="hr-pagination__gap">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                className={`utrecht-pagination__page-link${p === page ? ' utrecht-pagination__page-link--current' : ''}`}
                to={toPage(p)}
                aria-label={t(p === page ? 'pagination.currentPage' : 'pagination.page', { page: p })}
                aria-current={p === page ? 'page' : undefined}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <Link
              className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next"
              to={toPage(page + 1)}
              rel="next"
            >
              {t('pagination.next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
