import { describe, expect, it } from 'vitest';
import { SocketCounter } from './socketLimits.js';

describe('SocketCounter', () => {
  it('caps sockets per session and per address, and gives places back', () => {
    const c = new SocketCounter({ perSession: 2, perAddress: 3 });
    const a = c.reserve('s1', 'ip');
    const b = c.reserve('s1', 'ip');
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(c.reserve('s1', 'ip')).toBeNull(); // session full
    expect(c.reserve('s2', 'ip')).not.toBeNull();
    expect(c.reserve('s3', 'ip')).toBeNull(); // address full
    c.release(c.opened(a!)!);
    expect(c.reserve('s1', 'ip')).not.toBeNull();
  });

  it('lets a reservation whose socket never opened lapse', () => {
    let now = 0;
    const c = new SocketCounter({ perSession: 1, perAddress: 10 }, () => now);
    expect(c.reserve('s1', 'ip')).not.toBeNull();
    expect(c.reserve('s1', 'ip')).toBeNull();
    now = 11_000;
    expect(c.reserve('s1', 'ip')).not.toBeNull();
  });
});
