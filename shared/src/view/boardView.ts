// Whether a page may mount the tldraw canvas. tldraw v5 hides its editor five
// seconds after start on HTTPS pages of non-localhost hosts unless a license
// key is configured (LicenseProvider in @tldraw/editor 5.4.2); http and
// localhost count as development. Where it would vanish we never mount it.

export type BoardView = 'canvas' | 'dom';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True for hosts tldraw treats as development: localhost, loopback, *.localhost. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return LOCAL_HOSTS.has(host) || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The board view that will stay usable for this page: the canvas unless it would be hidden. */
export function chooseBoardView(page: { protocol: string; hostname: string; licenseKeyConfigured: boolean }): BoardView {
  const https = page.protocol.replace(/:$/, '').toLowerCase() === 'https';
  if (!https || isLocalHost(page.hostname) || page.licenseKeyConfigured) return 'canvas';
  return 'dom';
}
