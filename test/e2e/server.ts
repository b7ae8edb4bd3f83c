// A local https server for saved job-board pages, so the extension meets real markup under the real
// host names (the browser maps those names onto this server with --host-resolver-rules).
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createServer, type Server} from 'node:https';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export interface ServedPage {
  host: string;
  /** Path with search, as requested ("/jobs/view/3915648739/"). */
  path: string;
  /** A saved page, or `body` for a bare shell page that only stands in for a site's other routes. */
  file?: string;
  body?: string;
  status?: number;
  /** The page's own CSP, for a test page whose inline script must run (a nonce, as LinkedIn uses). */
  csp?: string;
}

/**
 * The saved pages are served under a CSP that lets no page resource load (the pages' own scripts,
 * styles and images are not part of the test, and would otherwise make requests to real hosts).
 * It also checks that the panel works under a strict page CSP, as on the real sites.
 */
const PAGE_CSP = "default-src 'none'; form-action 'none'";

/** A throw-away self-signed certificate; the browser runs with --ignore-certificate-errors. */
function selfSignedCertificate(): {key: Buffer; cert: Buffer} {
  const dir = mkdtempSync(join(tmpdir(), 'tpm-lens-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=localhost',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      {stdio: 'ignore'},
    );
    return {key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem'))};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

export interface PageServer {
  port: number;
  /** Every request the server saw, as "host path". */
  seen: string[];
  close(): Promise<void>;
}

/** `port` 0 picks a free port; Firefox needs 443 (it maps host names to an address, not to a port). */
export async function servePages(pages: readonly ServedPage[], port = 0): Promise<PageServer> {
  const seen: string[] = [];
  const server: Server = createServer(selfSignedCertificate(), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = request.url ?? '/';
    seen.push(`${host} ${path}`);
    const page = pages.find((candidate) => candidate.host === host && candidate.path === path);
    if (!page) {
      response.writeHead(404, {'content-type': 'text/plain', 'content-security-policy': PAGE_CSP});
      response.end('not found');
      return;
    }
    response.writeHead(page.status ?? 200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': page.csp ?? PAGE_CSP,
    });
    response.end(page.file ? readFileSync(page.file) : (page.body ?? ''));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
