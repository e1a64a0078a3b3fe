/**
 * The njs module of the nginx config (PROXIES.md §6.1, njs 0.7.9 from `libnginx-mod-http-js`): reads the credential
 * from the original request line, form-decodes it exactly once, refuses control characters, applies the precedence
 * `?authorization=` > `?access_token=` > the client's own header (empty values ignored), and gives access_log a
 * request URI with both credential values replaced.
 */
export const NGINX_NJS = `// njs helpers for the corrected nginx config (libnginx-mod-http-js, njs >= 0.7).
// The credential is taken from the ORIGINAL request line ($request_uri), decoded
// exactly once as application/x-www-form-urlencoded ('+' -> ' ', %XX -> byte),
// validated (printable ASCII only: no CR/LF header injection), and turned into
// the Authorization value.  Precedence: ?authorization= > ?access_token= >
// an Authorization header the client already sent.

function formDecode(s) {
    try {
        return decodeURIComponent(s.replace(/\\+/g, ' '));
    } catch (e) {
        return null; // malformed %-escape
    }
}

// first occurrence of query parameter \`name\`, decoded; undefined if absent
function queryParam(r, name) {
    var uri = r.variables.request_uri || '';
    var q = uri.indexOf('?');
    if (q < 0) return undefined;
    var parts = uri.slice(q + 1).split('&');
    for (var i = 0; i < parts.length; i++) {
        var eq = parts[i].indexOf('=');
        var k = formDecode(eq < 0 ? parts[i] : parts[i].slice(0, eq));
        if (k === name) return formDecode(eq < 0 ? '' : parts[i].slice(eq + 1));
    }
    return undefined;
}

var PRINTABLE = /^[\\x21-\\x7e]+( [\\x21-\\x7e]+)*$/;      // header-safe value
var TOKEN = /^[\\x21-\\x7e]+$/;                         // printable, no spaces/CTLs

// value for proxy_set_header Authorization; "" means "send none"
function authorization(r) {
    var a = queryParam(r, 'authorization');
    if (a !== undefined && a !== '') return (a !== null && PRINTABLE.test(a)) ? a : '';
    var t = queryParam(r, 'access_token');
    if (t !== undefined && t !== '') return (t !== null && TOKEN.test(t)) ? 'Bearer ' + t : '';
    return r.headersIn['Authorization'] || '';
}

// $request_uri with the values of credential parameters replaced, for access_log
function redactedUri(r) {
    var uri = r.variables.request_uri || '';
    var q = uri.indexOf('?');
    if (q < 0) return uri;
    return uri.slice(0, q + 1) + uri.slice(q + 1).split('&').map(function (p) {
        var eq = p.indexOf('=');
        var k = formDecode(eq < 0 ? p : p.slice(0, eq));
        return (k === 'access_token' || k === 'authorization') ? p.slice(0, eq < 0 ? p.length : eq) + '=[REDACTED]' : p;
    }).join('&');
}

export default { authorization, redactedUri };
`;
