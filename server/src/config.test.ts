import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('has laptop defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      maxMessageBytes: 1024 * 1024,
      tldrawLicenseKey: null,
      demoWorkshop: true,
    });
    expect(c.dataDir).toMatch(/data$/);
  });
  it('reads overrides and rejects nonsense with a readable message', () => {
    expect(
      loadConfig({
        PORT: '9000',
        MAX_MESSAGE_BYTES: '2048',
        ALLOWED_ORIGINS: 'https://a.de/, https://b.de',
        TLDRAW_LICENSE_KEY: 'k',
      }),
    ).toMatchObject({
      port: 9000,
      maxMessageBytes: 2048,
      allowedOrigins: ['https://a.de', 'https://b.de'],
      tldrawLicenseKey: 'k',
    });
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ MAX_MESSAGE_BYTES: '10' })).toThrow(/MAX_MESSAGE_BYTES/);
  });
});
