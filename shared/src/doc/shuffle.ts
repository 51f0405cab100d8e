// Uniformly random orders from the cryptographic RNG (Web Crypto, through
// lib0), for what must not follow any order someone could observe or guess.
import { uint32 } from 'lib0/random';

const RANGE = 2 ** 32;

/** A uniform integer in [0, n) from the cryptographic RNG (rejection sampling, so no modulo bias). */
export function secureRandomInt(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > RANGE) throw new RangeError(`secureRandomInt: n must be 1…2^32, not ${n}`);
  const limit = RANGE - (RANGE % n);
  let r = uint32();
  while (r >= limit) r = uint32();
  return r % n;
}

/** A copy of `items` in a uniformly random order (Fisher–Yates with `randomInt`, by default the cryptographic RNG). */
export function shuffled<T>(items: readonly T[], randomInt: (n: number) => number = secureRandomInt): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
