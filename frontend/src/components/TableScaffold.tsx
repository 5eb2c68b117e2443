import { type HTMLAttributes, useLayoutEffect, useRef } from 'react';

/** A header cell's text as a sighted reader sees it: without decoration such as a sort arrow. */
function headerText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The label of each column of a table, from its last header row; a spanning header names each column it spans. */
function columnLabels(table: HTMLTableElement): string[] {
  const headerRow = table.tHead?.rows[table.tHead.rows.length - 1];
  const labels: string[] = [];
  for (const cell of Array.from(headerRow?.cells ?? [])) {
    for (let span = 0; span < cell.colSpan; span++) labels.push(headerText(cell));
  }
  return labels;
}

function labelRow(row: HTMLTableRowElement, labels: string[]): void {
  let column = 0;
  for (const cell of Array.from(row.cells)) {
    const label = labels[column];
    if (label && cell.dataset.label !== label) cell.dataset.label = label;
    column += cell.colSpan;
  }
}

/** Copies each column's header text onto its body cells (data-label). */
export function labelCells(box: HTMLElement): void {
  box.querySelectorAll('table').forEach((table) => {
    const labels = columnLabels(table);
    for (const body of [...Array.from(table.tBodies), ...(table.tFoot ? [table.tFoot] : [])]) {
      for (const row of Array.from(body.rows)) labelRow(row, labels);
    }
  });
}

/**
 * The body rows that a batch of changes added, or 'all' when a header or a whole table changed. Text that
 * changes inside a body cell needs no new label. A long table that grows in steps (the quota monitor adds 40
 * rows at a time) then labels each row once, not every row at every step.
 */
function changedRows(records: MutationRecord[]): Set<HTMLTableRowElement> | 'all' {
  const rows = new Set<HTMLTableRowElement>();
  for (const record of records) {
    const target = record.target instanceof Element ? record.target : record.target.parentElement;
    if (!target || target.closest('thead')) return 'all';
    for (const node of Array.from(record.addedNodes)) {
      if (!(node instanceof Element)) continue;
      if (node instanceof HTMLTableRowElement) {
        rows.add(node); // a row added to a header has its header as the record's target: 'all' above
      } else if (node instanceof HTMLTableCellElement) {
        if (node.parentElement instanceof HTMLTableRowElement) rows.add(node.parentElement);
      } else if (node.matches('table, thead, tbody, tfoot') || node.querySelector('table')) {
        return 'all';
      }
    }
  }
  return rows;
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
    const observer = new MutationObserver((records) => {
      const rows = changedRows(records);
      if (rows === 'all') return labelCells(element);
      const labels = new Map<HTMLTableElement, string[]>();
      rows.forEach((row) => {
        const table = row.closest('table');
        if (!table) return;
        if (!labels.has(table)) labels.set(table, columnLabels(table));
        labelRow(row, labels.get(table) ?? []);
      });
    });
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className={['hr-table-scroll', className].filter(Boolean).join(' ')} {...props}>
      {children}
    </div>
  );
}
