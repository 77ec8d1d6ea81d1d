// Everyday list helpers (held-out evaluation set for `grimoire synth`).

/**
 * Sum of the prices in a cart.
 * @example total([3, 4, 5]) // => 12
 * @example total([10]) // => 10
 * @example total([]) // => 0
 */
export function total(prices: number[]): number {
  throw new Error("todo");
}

/**
 * The highest score.
 * @example highest([3, 9, 4]) // => 9
 * @example highest([-5, -2, -8]) // => -2
 */
export function highest(scores: number[]): number {
  throw new Error("todo");
}

// positives([3, -1, 0, 7]) => [3, 7]
// positives([-2, -3]) => []
// positives([5]) => [5]
export function positives(xs: number[]): number[] {
  throw new Error("todo");
}

/**
 * @example
 * doubled([1, 2, 3])
 * // => [2, 4, 6]
 * @example
 * doubled([5, -1])
 * // => [10, -2]
 */
export function doubled(xs: number[]): number[] {
  throw new Error("todo");
}

/**
 * Removes duplicates, keeping the first occurrence.
 * @example unique([1, 2, 2, 3, 1]) // => [1, 2, 3]
 * @example unique([4, 4, 4]) // => [4]
 * @example unique([7, 5]) // => [7, 5]
 */
export function unique(xs: number[]): number[] {
  throw new Error("todo");
}

/**
 * Sorts numbers from smallest to largest.
 * @example sortAscending([3, 1, 2]) // => [1, 2, 3]
 * @example sortAscending([10, -4, 7, 0]) // => [-4, 0, 7, 10]
 */
export function sortAscending(xs: number[]): number[] {
  throw new Error("todo");
}

// reversed(["a", "b", "c"]) => ["c", "b", "a"]
// reversed(["x"]) => ["x"]
export const reversed = (items: string[]): string[] => {
  throw new Error("todo");
};

/**
 * How many readings are above the limit.
 * @example countAbove([12, 40, 35, 8], 30) // => 2
 * @example countAbove([1, 2, 3], 5) // => 0
 * @example countAbove([50, 60], 10) // => 2
 */
export function countAbove(readings: number[], limit: number): number {
  throw new Error("todo");
}

/**
 * Lengths of each word.
 * @example lengths(["apple", "fig", "banana"]) // => [5, 3, 6]
 * @example lengths(["a"]) // => [1]
 */
export function lengths(words: string[]): number[] {
  throw new Error("todo");
}

/**
 * The first n items of a list.
 * @example firstN([5, 6, 7, 8], 2) // => [5, 6]
 * @example firstN([1, 2, 3], 3) // => [1, 2, 3]
 * @example firstN([9, 8, 7], 1) // => [9]
 */
export function firstN(xs: number[], n: number): number[] {
  throw new Error("todo");
}
