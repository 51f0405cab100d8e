import { describe, expect, it } from 'vitest';
import { chooseBoardView } from './boardView.js';

describe('canvas or DOM view', () => {
  const cases: [string, string, boolean, 'canvas' | 'dom'][] = [
    ['http:', 'board.stadt.de', false, 'canvas'],
    ['https:', 'localhost', false, 'canvas'],
    ['https:', '127.0.0.1', false, 'canvas'],
    ['https:', '[::1]', false, 'canvas'],
    ['https:', 'team.localhost', false, 'dom'],
    ['https:', '127.10.0.1', false, 'canvas'],
    ['http:', 'team.localhost', false, 'canvas'],
    ['https:', 'board.stadt.de', false, 'dom'],
    ['https', 'BOARD.stadt.de', false, 'dom'],
    ['https:', 'board.stadt.de', true, 'canvas'],
    ['https:', '10.0.0.5', false, 'dom'],
  ];
  it.each(cases)('%s//%s key=%s → %s', (protocol, hostname, licenseKeyConfigured, expected) => {
    expect(chooseBoardView({ protocol, hostname, licenseKeyConfigured })).toBe(expected);
  });
});
