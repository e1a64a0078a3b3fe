export const ANALYZE_SUMMARY = 'analyse a HAR file or a bundle as the panel does: verdict, findings, causes';

export const ANALYZE_HELP = `Usage: jmap-push-inspector analyze <file.har|bundle.json> [--json] [--fail-on <severity>]

Reads a HAR file saved by Chrome or Firefox DevTools ("Save all as HAR", WebSocket messages included) or a bundle
exported from the JMAP Push Inspector panel, and analyses it exactly as the panel would show it: the verdict, then
each JMAP WebSocket connection with its status, auth strategy, server, push state and frame counts, its findings
(credentials in URLs, cleartext, expired tokens…) and the causes of failure with their fixes. Every credential is
replaced by a fingerprint such as [REDACTED:3fa9c1], also when the file itself is not redacted.
The file is judged at its own time, as the panel does: when it was exported, else its last event (a connection
still open in a DevTools HAR is not open until today). Control characters from the file are shown as \\xNN.

Options:
  --json                 print the analysis as JSON for tools, schema "jmap-push-inspector/analysis@1":
                         {"schema", "verdict", "connections": [{"id", "url" (redacted), "status", "strategy",
                         "server", "findings": [{"kind", "severity", "location"}], "diagnoses": [{"cause", "title"}],
                         "frames": {"sent", "received"}, "push": {"enabled", "stateChanges"}}]}
  --fail-on <severity>   exit 1 when a finding is at least this severe: critical, high, medium, low or info
  -h, --help             show this help

What was skipped while reading the file goes to stderr, one line each.

Exit status: 0 analysed, 1 a finding at or above --fail-on, 2 bad usage or a file that cannot be read (one line
naming the file and the problem: empty, truncated JSON, not a HAR or bundle, unknown bundle schema…).
`;
