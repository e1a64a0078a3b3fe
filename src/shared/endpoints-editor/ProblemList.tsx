/** Errors or ignored data, one item each, as text; nothing when there are none. */
export function ProblemList({ problems, testId }: { readonly problems: readonly string[]; readonly testId: string }) {
  if (problems.length === 0) return null;
  return (
    <ul class="problems" role="alert" data-testid={testId}>
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}
