// The HTTP API through the real server: validation, errors as JSON, roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionResponse } from '@nws/shared';
import { api, createWorkshop, startTestServer } from '../testing/harness.js';
import { originAllowed } from './sync.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
beforeAll(async () => {
  server = await startTestServer({ JOIN_RATE_LIMIT: '40' });
});
afterAll(() => server.close());

type Err = { error: { code: string; message: string } };

describe('workshops and joining', () => {
  it('creates a workshop with a 256-bit moderator token and a join code', async () => {
    const r = await api<{ workshop: { id: string; joinCode: string }; moderatorToken: string }>(
      server.url,
      '/api/workshops',
      {
        body: { name: 'Netzwerk Süd', targetGroup: 'Geflüchtete Familien', area: 'Südstadt' },
      },
    );
    expect(r.status).toBe(201);
    expect(Buffer.from(r.body.moderatorToken, 'base64url').length).toBe(32);
    expect(r.body.workshop.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    const s = await api<SessionResponse>(server.url, '/api/session', { token: r.body.moderatorToken });
    expect(s.body.session.role).toBe('moderator');
    expect(s.body.workshop).toMatchObject({ name: 'Netzwerk Süd', joinCode: r.body.workshop.joinCode });
  });

  it('joins by code (case and dashes ignored) and issues a participant session without the join code', async () => {
    const w = await createWorkshop(server.url);
    const code = `${w.joinCode.slice(0, 3).toLowerCase()}-${w.joinCode.slice(3)}`;
    const info = await api<{ workshop: { name: string } }>(server.url, `/api/join/${code}`);
    expect(info.body.workshop.name).toBe('Testwerkstatt');
    const j = await api<{ workshopId: string; token: string }>(server.url, '/api/join', {
      body: { code, name: 'Aylin', organisation: 'Jugendmigrationsdienst', level: 'decision' },
    });
    expect(j.status).toBe(201);
    expect(j.body.workshopId).toBe(w.id);
    const s = await api<SessionResponse>(server.url, '/api/session', { token: j.body.token });
    expect(s.body.session).toMatchObject({
      role: 'participant',
      name: 'Aylin',
      organisation: 'Jugendmigrationsdienst',
      level: 'decision',
    });
    expect(s.body.workshop.joinCode).toBeUndefined();
  });

  it('answers bad input with 4xx JSON errors, never 5xx', async () => {
    const cases: [string, Parameters<typeof api>[2], number, string][] = [
      ['/api/workshops', { body: 'not json' }, 400, 'invalid_json'],
      ['/api/workshops', { body: { name: 'x' } }, 400, 'invalid_body'],
      ['/api/workshops', { body: [] }, 400, 'invalid_body'],
      ['/api/workshops', { body: { name: 'x'.repeat(500), targetGroup: 'a', area: 'b' } }, 400, 'invalid_body'],
      [
        '/api/join',
        { body: { code: 'ZZZZZZ', name: 'a', organisation: 'b', level: 'operative' } },
        404,
        'unknown_code',
      ],
      ['/api/join', { body: { code: '!!', name: 'a', organisation: 'b', level: 'operative' } }, 400, 'invalid_body'],
      ['/api/join', { body: null }, 400, 'invalid_body'],
      ['/api/join/ZZZZZZ', {}, 404, 'unknown_code'],
      ['/api/join/x', {}, 400, 'invalid_code'],
      ['/api/session', {}, 401, 'invalid_token'],
      ['/api/session', { token: 'forged' }, 401, 'invalid_token'],
      ['/api/nothing', {}, 404, 'not_found'],
    ];
    for (const [path, init, status, code] of cases) {
      const r = await api<Err>(server.url, path, init);
      expect([path, r.status, r.body.error.code]).toEqual([path, status, code]);
      expect(r.body.error.message.length).toBeGreaterThan(0);
    }
  });

  it('lets only the moderation create shared-screen links, which are read-only sessions', async () => {
    const w = await createWorkshop(server.url);
    const participant = await w.join('Pia');
    expect(
      (await api<Err>(server.url, `/api/workshops/${w.id}/screen-links`, { body: {}, token: participant })).status,
    ).toBe(403);
    expect((await api<Err>(server.url, `/api/workshops/${w.id}/screen-links`, { body: {} })).status).toBe(401);
    const other = await createWorkshop(server.url);
    expect(
      (await api<Err>(server.url, `/api/workshops/${w.id}/screen-links`, { body: {}, token: other.moderatorToken }))
        .status,
    ).toBe(401);
    const r = await api<{ token: string }>(server.url, `/api/workshops/${w.id}/screen-links`, {
      body: {},
      token: w.moderatorToken,
    });
    expect(r.status).toBe(201);
    const s = await api<SessionResponse>(server.url, '/api/session', { token: r.body.token });
    expect(s.body.session.role).toBe('screen');
  });

  it('rate-limits join attempts per address', async () => {
    const limited = await startTestServer({ JOIN_RATE_LIMIT: '5' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await api(limited.url, '/api/join/ZZZZZZ')).status);
      expect(statuses.slice(0, 5).every((s) => s === 404)).toBe(true);
      expect(statuses.slice(5)).toEqual([429, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('sends a same-origin content security policy', async () => {
    const res = await fetch(`${server.url}/api/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
  });
});

describe('origin allow-list', () => {
  it('allows same host, configured origins and non-browser clients only', () => {
    expect(originAllowed(undefined, 'a:1', [])).toBe(true);
    expect(originAllowed('http://a:1', 'a:1', [])).toBe(true);
    expect(originAllowed('http://b:1', 'a:1', [])).toBe(false);
    expect(originAllowed('https://board.stadt.de', 'internal:8787', ['https://board.stadt.de'])).toBe(true);
    expect(originAllowed('null', 'a:1', [])).toBe(false);
  });
});
