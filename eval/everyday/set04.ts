/**
 * @example evensUpTo(10) // => [0, 2, 4, 6, 8, 10]
 * @example evensUpTo(5) // => [0, 2, 4]
 * @example evensUpTo(0) // => [0]
 */
export function evensUpTo(n: number): number[] {
  throw new Error("todo");
}

/**
 * @example countdown(3) // => [3, 2, 1]
 * @example countdown(5) // => [5, 4, 3, 2, 1]
 * @example countdown(1) // => [1]
 */
export function countdown(n: number): number[] {
  throw new Error("todo");
}

/**
 * @example between(2, 5) // => [2, 3, 4, 5]
 * @example between(7, 9) // => [7, 8, 9]
 * @example between(4, 4) // => [4]
 */
export function between(low: number, high: number): number[] {
  throw new Error("todo");
}

/**
 * @example primaryColors() // => ["red", "green", "blue"]
 */
export function primaryColors(): string[] {
  throw new Error("todo");
}

/**
 * @example runningTotal([1, 2, 3, 4]) // => [1, 3, 6, 10]
 * @example runningTotal([5, -1]) // => [5, 4]
 * @example runningTotal([]) // => []
 */
export function runningTotal(xs: number[]): number[] {
  throw new Error("todo");
}

/**
 * @example duplicates([1, 2, 1, 3, 2, 1]) // => [1, 2, 1]
 * @example duplicates([4, 5, 6]) // => []
 * @example duplicates([7, 7]) // => [7]
 */
export function duplicates(xs: number[]): number[] {
  throw new Error("todo");
}

/**
 * @example sortByLength(["ccc", "a", "bb"]) // => ["a", "bb", "ccc"]
 * @example sortByLength(["hello", "hi"]) // => ["hi", "hello"]
 * @example sortByLength(["xyz", "xy", "wxyz", "x"]) // => ["x", "xy", "xyz", "wxyz"]
 */
export function sortByLength(words: string[]): string[] {
  throw new Error("todo");
}

/**
 * @example isSorted([1, 2, 3]) // => true
 * @example isSorted([3, 1, 2]) // => false
 * @example isSorted([1, 1, 5, 9]) // => true
 * @example isSorted([2, 9, 4]) // => false
 * @example isSorted([]) // => true
 */
export function isSorted(xs: number[]): boolean {
  throw new Error("todo");
}

/**
 * @example sumDigits(123) // => 6
 * @example sumDigits(9) // => 9
 * @example sumDigits(4051) // => 10
 * @example sumDigits(77) // => 14
 */
export function sumDigits(n: number): number {
  throw new Error("todo");
}

/**
 * @example positionsOfZero([0, 3, 0, 5]) // => [0, 2]
 * @example positionsOfZero([1, 2]) // => []
 * @example positionsOfZero([4, 0]) // => [1]
 */
export function positionsOfZero(xs: number[]): number[] {
  throw new Error("todo");
}

/**
 * @example squares(4) // => [1, 4, 9, 16]
 * @example squares(2) // => [1, 4]
 * @example squares(0) // => []
 */
export function squares(n: number): number[] {
  throw new Error("todo");
}

/**
 * @example multiplesOf(3, 4) // => [3, 6, 9, 12]
 * @example multiplesOf(5, 2) // => [5, 10]
 * @example multiplesOf(2, 3) // => [2, 4, 6]
 */
export function multiplesOf(k: number, count: number): number[] {
  throw new Error("todo");
}

/**
 * @example factorial(0) // => 1
 * @example factorial(3) // => 6
 * @example factorial(5) // => 120
 * @example factorial(4) // => 24
 */
export function factorial(n: number): number {
  throw new Error("todo");
}

/**
 * @example pairwiseSums([1, 2, 3]) // => [3, 5]
 * @example pairwiseSums([10, 20]) // => [30]
 * @example pairwiseSums([4, 0, 1, 1]) // => [4, 1, 2]
 */
export function pairwiseSums(xs: number[]): number[] {
  throw new Error("todo");
}

/**
 * @example longestWord("the quick brown fox") // => "quick"
 * @example longestWord("a bb c") // => "bb"
 * @example longestWord("hello") // => "hello"
 */
export function longestWord(text: string): string {
  throw new Error("todo");
}

/**
 * @example lastN([1, 2, 3, 4], 2) // => [3, 4]
 * @example lastN([5, 6], 1) // => [6]
 * @example lastN([7, 8, 9], 0) // => []
 */
export function lastN(xs: number[], n: number): number[] {
  throw new Error("todo");
}
