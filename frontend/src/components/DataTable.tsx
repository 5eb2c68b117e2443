import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { HTMLAttributes, ReactNode } from 'react';
import { TableScaffold } from './TableScaffold';

/** One column: its header and what each row shows in it; a class (such as `hr-numeric`) goes on both. */
export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  className?: string;
}

interface DataTableProps<T> {
  caption: ReactNode;
  /** The first column heads its row (`th scope="row"`); the others are data cells. */
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Extra attributes for a row, such as a data attribute tests and styles find it by. */
  rowProps?: (row: T) => HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string };
  /** Shown instead of the table when there are no rows; without it an empty table is shown. */
  empty?: ReactNode;
  busy?: boolean;
}

/**
 * The one data table: a caption, a header row of `th scope="col"`, a row per item headed by its first
 * cell, all inside `TableScaffold`. A feature's table names only its columns and cells.
 */
export function DataTable<T>({ caption, columns, rows, rowKey, rowProps, empty, busy }: DataTableProps<T>) {
  if (rows.length === 0 && empty !== undefined) return <Paragraph>{empty}</Paragraph>;
  const [first, ...rest] = columns;
  return (
    <TableScaffold>
      <Table aria-busy={busy}>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column, index) => (
              <TableHeaderCell key={index} scope="col" className={column.className}>
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} {...rowProps?.(row)}>
              {first && (
                <TableHeaderCell scope="row" className={first.className}>
                  {first.cell(row)}
                </TableHeaderCell>
              )}
              {rest.map((column, index) => (
                <TableCell key={index} className={column.className}>
                  {column.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScaffold>
  );
}
