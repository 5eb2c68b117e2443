import { render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TableScaffold } from './TableScaffold';

function Figures({ rows }: { rows: string[] }) {
  const [sorted, setSorted] = useState(false);
  return (
    <TableScaffold>
      <table>
        <caption>Figures</caption>
        <thead>
          <tr>
            <th scope="col">
              <button type="button" onClick={() => setSorted(true)}>
                Name<span aria-hidden="true">{sorted ? ' ▲' : ''}</span>
              </button>
            </th>
            <th scope="col" colSpan={2}>
              Target
            </th>
            <th scope="col">Realised</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((name) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>10</td>
              <td>≈</td>
              <td>5</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScaffold>
  );
}

const labels = (row: HTMLElement) => Array.from(row.children).map((cell) => (cell as HTMLElement).dataset.label);

describe('TableScaffold', () => {
  it('names each cell after its column, across spanned columns and without decoration', async () => {
    const { rerender } = render(<Figures rows={['Delft']} />);
    const delft = screen.getByRole('row', { name: /Delft/ });
    expect(labels(delft)).toEqual(['Name', 'Target', 'Target', 'Realised']);

    screen.getByRole('button', { name: 'Name' }).click();
    rerender(<Figures rows={['Delft', 'Tilburg']} />);
    await waitFor(() =>
      expect(labels(screen.getByRole('row', { name: /Tilburg/ }))).toEqual(['Name', 'Target', 'Target', 'Realised']),
    );
    expect(labels(screen.getByRole('row', { name: /Delft/ }))[0]).toBe('Name');
  });

  it('labels the rows a long table adds without touching the rows it had', async () => {
    const { rerender } = render(<Figures rows={['Delft']} />);
    const delft = screen.getByRole('row', { name: /Delft/ });
    (delft.children[0] as HTMLElement).dataset.label = 'kept';

    rerender(<Figures rows={['Delft', 'Tilburg']} />);
    await waitFor(() => expect(labels(screen.getByRole('row', { name: /Tilburg/ }))[0]).toBe('Name'));
    expect(labels(delft)[0]).toBe('kept');
  });

  it('relabels every row when a header changes, as when the language changes', async () => {
    function Titled({ title }: { title: string }) {
      return (
        <TableScaffold>
          <table>
            <thead>
              <tr>
                <th scope="col">{title}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>Delft</td>
              </tr>
            </tbody>
          </table>
        </TableScaffold>
      );
    }
    const { rerender } = render(<Titled title="Gemeente" />);
    expect(screen.getByRole('cell', { name: 'Delft' }).dataset.label).toBe('Gemeente');
    rerender(<Titled title="Municipality" />);
    await waitFor(() => expect(screen.getByRole('cell', { name: 'Delft' }).dataset.label).toBe('Municipality'));
  });
});
