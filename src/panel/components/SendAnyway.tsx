/** The credential guard's question (plain ws://), with the one button that sends anyway. */
export function SendAnyway({
  question,
  testId,
  onConfirm,
}: {
  readonly question: string | undefined;
  readonly testId: string;
  readonly onConfirm: () => void;
}) {
  if (question === undefined) return null;
  return (
    <p class="replay-question" data-testid={`${testId}-question`}>
      {question}{' '}
      <button type="button" class="tool-button" data-testid={`${testId}-confirm`} onClick={onConfirm}>
        Send anyway
      </button>
    </p>
  );
}
