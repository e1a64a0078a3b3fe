export const PROXY_CONFIG_SUMMARY =
  'print (or write and run) a reverse-proxy config that turns ?access_token= / ?authorization= into a header';

export const PROXY_CONFIG_HELP = `Usage: jmap-push-inspector proxy-config <nginx|caddy|haproxy|traefik> --upstream <http-url> --listen <host:port>
                                        [--path /jmap/ws] [--standalone <dir>]

Prints a reverse-proxy configuration for a JMAP server that reads credentials from the Authorization header only:
the ?access_token= or ?authorization= of the WebSocket URL becomes that header, decoded exactly once, with CR/LF/NUL
refused, the query dropped before the upstream, credentials kept out of access and error logs, and idle WebSockets
kept open. The nginx (with libnginx-mod-http-js), Caddy and HAProxy configs are tested on Debian 12's packages;
Traefik cannot do it alone and gets a sidecar setup instead.

Options:
  --upstream <http-url>  the JMAP server behind the proxy: http://host:port (e.g. http://127.0.0.1:8080)
  --listen <host:port>   where the proxy listens (e.g. 127.0.0.1:8443, [::1]:8443, 0.0.0.0:80)
  --path <path>          the JMAP WebSocket path (default /jmap/ws)
  --standalone <dir>     write a complete configuration into <dir>, every log, pid, temp and socket inside it, and
                         print as the last line the command that runs the proxy in the foreground (not for traefik)
  -h, --help             show this help

Without --standalone the files use Debian's paths (/etc, /run, /var/log); notes and the log-redaction lines for
merging into an existing configuration go to stderr.

Exit status: 0 done, 1 the files could not be written, 2 bad usage or input.
`;
