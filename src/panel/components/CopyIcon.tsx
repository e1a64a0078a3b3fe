/** Two overlapping sheets, drawn in the current text colour. */
export function CopyIcon() {
  return (
    <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M5 1h8a2 2 0 0 1 2 2v8h-2V3H5zM1 6a2 2 0 0 1 2-2h7a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2zm2 0v7h7V6z"
      />
    </svg>
  );
}
