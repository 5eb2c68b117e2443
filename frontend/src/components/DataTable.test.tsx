import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable } from './DataTable';

const columns = [
  { header: 'Name', cell: (row: { name: string; count: number }) => row.name },
  { header: 'Count', className: 'hr-numeric', cell: (row: { name: string; count: number }) => row.count },
];

describe('DataTable', () => {
  it('heads each column and each row, under its caption', () => {
    render(
      <DataTable caption="Places" columns={columns} rows={[{ name: 'Delft', count: 3 }]} rowKey={(row) => row.name} />,
    );
    expect(screen.getByRole('table', { name: 'Places' })).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Name', 'Count']);
    expect(screen.getByRole('rowheader', { name: 'Delft' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '3' })).toHaveClass('hr-numeric');
  });

  it('says so instead of an empty table', () => {
    render(<DataTable caption="Places" columns={columns} rows={[]} rowKey={(row) => row.name} empty="No places" />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('No places')).toBeInTheDocument();
  });
});
