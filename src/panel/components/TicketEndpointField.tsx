/** Where the `ticket` transport mints: the session's generationEndpoint, or an editable guess when none was seen. */
export function TicketEndpointField({
  value,
  guessed,
  onChange,
}: {
  readonly value: string;
  readonly guessed: boolean;
  readonly onChange: (value: string) => void;
}) {
  return (
    <label>
      Ticket endpoint{' '}
      <input
        type="url"
        class="wide"
        data-testid="replay-mint-url"
        value={value}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      {guessed && (
        <span class="muted" data-testid="replay-mint-guessed">
          {' '}
          no session seen here: tmail-backend’s default path
        </span>
      )}
    </label>
  );
}
