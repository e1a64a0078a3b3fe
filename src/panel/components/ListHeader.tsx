/** The column titles above a virtual list; `grid` is the CSS grid class its rows share. */
export function ListHeader({ columns, grid }: { readonly columns: readonly string[]; readonly grid: string }) {
  return (
    <div class={`list-header ${grid}`} aria-hidden="true">
      {columns.map((column) => (
        <span key={column} class="cell">
          {column}
        </span>
      ))}
    </div>
  );
}
