// The bound a comparison read off the examples uses: of all the numbers that separate the two
// sides, the one a person would write.

/** Steps a threshold may be a multiple of, roundest last (0 is rounder than any). */
const ROUND_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 10_000, 100_000, 1_000_000];

function roundness(n: number): number {
  if (n === 0) return ROUND_STEPS.length;
  let best = 0;
  for (let i = 0; i < ROUND_STEPS.length; i++) if (n % ROUND_STEPS[i] === 0) best = i;
  return best;
}

/**
 * The roundest threshold between integers `low` (on one side) and `high` (on the other), `low` <
 * `high`: `v >= c` for c in (low, high], or `v > c` for c in [low, high), the roundest c of
 * either (a person writes `x >= 50` or `x > 0`), the one nearer the gap's middle on a tie, then `>=` (or `<`).
 * With `below`, the true side is the low one: the same c, compared the other way.
 */
export function thresholdBetween(low: number, high: number, below = false): { value: number; orEqual: boolean; below: boolean } | undefined {
  if (!(low < high) || !Number.isFinite(low) || !Number.isFinite(high)) return undefined;
  const middle = (low + high) / 2;
  let best: { value: number; orEqual: boolean; score: number; distance: number } | undefined;
  // Wide gaps: look only at the multiples of the roundest steps that fit, not every integer.
  const consider = (value: number, orEqual: boolean) => {
    const score = roundness(value);
    const distance = Math.abs(value - middle);
    if (!best || score > best.score || (score === best.score && (distance < best.distance || (distance === best.distance && orEqual !== below && best.orEqual === below)))) {
      best = { value, orEqual, score, distance };
    }
  };
  for (const step of ROUND_STEPS) {
    const first = Math.ceil(low / step) * step;
    for (let k = 0, c = first; c <= high && k < 3; k++, c += step) {
      // Below: true for v < c (c in (low, high]) or v <= c (c in [low, high)), the mirror of above.
      if (c > low) consider(c, !below);
      if (c < high) consider(c, below);
    }
  }
  return best && { value: best.value, orEqual: best.orEqual, below };
}
