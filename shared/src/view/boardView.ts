// Whether a page may mount the tldraw canvas. tldraw v5 hides its editor five
// seconds after start on HTTPS pages of non-localhost hosts unless a license
// key is configured (LicenseProvider in @tldraw/editor 5.4.2); http and
// localhost count as development. Where it would vanish we never mount it.

export type BoardView = 'canvas' | 'dom';

/**
 * True for the loopback hosts tldraw treats as development in a production
 * build: localhost, ::1, 127.x.x.x. (It counts *.localhost only in
 * non-production builds, and ours are production builds.)
 */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** The board view that will stay usable for this page: the canvas unless it would be hidden. */
export function chooseBoardView(page: {
  protocol: string;
  hostname: string;
  licenseKeyConfigured: boolean;
}): BoardView {
  const https = page.protocol.replace(/:$/, '').toLowerCase() === 'https';
  if (!https || isLocalHost(page.hostname) || page.licenseKeyConfigured) return 'canvas';
  return 'dom';
}
