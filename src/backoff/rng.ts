/**
 * A small seeded pseudo-random number generator, so that every chart, table
 * and test built on the backoff simulator is reproducible from a seed (and a
 * shared URL shows everyone the same jitter).
 *
 * The algorithm is mulberry32: 32 bits of state, fast, and good enough for
 * jitter; it is not for cryptography.
 */

/** A deterministic source of uniform random numbers. */
export interface Rng {
	/** Next number in [0, 1). */
	next(): number;
	/** lo + (hi - lo) · next(): in [lo, hi) when lo < hi, and exactly lo when lo === hi. */
	uniform(lo: number, hi: number): number;
}

/** 2^32 as a float, to turn a uint32 into [0, 1). */
const TWO_POW_32 = 4294967296;

/**
 * Normalizes any number to a uint32 seed: fractions are truncated, negatives
 * wrap, NaN and infinities become 0, so no input can throw.
 */
export function toSeed(seed: number): number {
	return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
}

/**
 * Creates a generator; the same seed always gives the same sequence.
 * @param seed any number; it is normalized with {@link toSeed}.
 */
export function createRng(seed: number): Rng {
	let state = toSeed(seed);
	const next = (): number => {
		state = (state + 0x6d2b79f5) | 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / TWO_POW_32;
	};
	return {
		next,
		uniform(lo: number, hi: number): number {
			return lo + (hi - lo) * next();
		},
	};
}

/**
 * Derives an independent-looking seed for stream `index` of a base seed
 * (one stream per simulated client), with a splitmix-style hash so that
 * neighbouring indices do not give correlated sequences.
 */
export function deriveSeed(seed: number, index: number): number {
	let h = (toSeed(seed) ^ Math.imul(toSeed(index) + 1, 0x9e3779b9)) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}
