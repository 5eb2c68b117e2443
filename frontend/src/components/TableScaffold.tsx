import { type HTMLAttributes, useLayoutEffect, useRef } from 'react';

/** A header cell's text as a sighted reader sees it: without decoration such as a sort arrow. */
function headerText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Copies each column's header text onto its body cells (data-label). */
export function labelCells(box: HTMLElement): void {
  box.querySelectorAll('table').forEach((table) => {
    const headerRow = table.tHead?.rows[table.tHead.rows.length - 1];
    const labels: string[] = [];
    for (const cell of Array.from(headerRow?.cells ?? [])) {
      for (let span = 0; span < cell.colSpan; span++) labels.push(headerText(cell));
    }
    for (const body of [...Array.from(table.tBodies), ...(table.tFoot ? [table.tFoot] : [])]) {
      for (const row of Array.from(body.rows)) {
        let column = 0;
        for (const cell of Array.from(row.cells)) {
          const label = labels[column];
          if (label && cell.dataset.label !== label) cell.dataset.label = label;
          column += cell.colSpan;
        }
      }
    }
  });
}

/**
 * The one wrapper for data tables. On a wide screen a table as usual (scrolling sideways inside its box if
 * it must); below 40em each row becomes a block of "column: value" lines (CSS in styles.css), so a phone
 * never scrolls sideways. The column names come from the table's own header row, and follow it when rows
 * or the language change. Chromium keeps the table semantics of a stacked table (checked in its
 * accessibility tree), so no ARIA roles are repeated: on the quota monitor they tripled axe's time.
 */
export function TableScaffold({ className, children, ...props }: HTMLAttributes<HTMLDivElement>) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    labelCells(element);
    const observer = new MutationObserver(() => labelCells(element));
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className={['hr-table-scroll', className].filter(Boolean).join(' ')} {...props}>
      {children}
    </div>
  );
}
