import type { ComponentChildren, HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "preact";

interface Props {
  caption: string;
  columns: ComponentChildren[];
  testId?: string;
  children: ComponentChildren;
}

/**
 * A table that, in a task-pane-wide window, stacks each row into a card of labelled lines (`table.stack` in the
 * styles; label a cell with `Cell`'s `label`). The roles are explicit because Chromium drops a table's semantics once
 * its rows are no longer displayed as table rows.
 */
export function StackTable({ caption, columns, testId, children }: Props) {
  return (
    <div class="table-wrap">
      <table class="stack" role="table" data-testid={testId}>
        <caption class="sr-only">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((h, i) => (
              <th key={i} scope="col" role="columnheader">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">{children}</tbody>
      </table>
    </div>
  );
}

export function Row(props: HTMLAttributes<HTMLTableRowElement>) {
  return <tr role="row" {...props} />;
}

/** `label` is shown before the value when the row is stacked; leave it out for a cell of buttons. */
export function Cell({ label, ...props }: TdHTMLAttributes<HTMLTableCellElement> & { label?: string }) {
  return <td role="cell" data-label={label} {...props} />;
}

export function RowHeader(props: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" role="rowheader" {...props} />;
}
