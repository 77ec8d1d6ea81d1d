/**
 * @example evenIndices([10, 20, 30, 40]) // => [10, 30]
 * @example evenIndices([5, 6, 7]) // => [5, 7]
 * @example evenIndices([1]) // => [1]
 */
export function evenIndices(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example positiveOrZero(5) // => 5
 * @example positiveOrZero(-3) // => 0
 * @example positiveOrZero(0) // => 0
 * @example positiveOrZero(12) // => 12
 */
export function positiveOrZero(x: number): number { throw new Error("todo"); }

/**
 * @example upperCase("abc") // => "ABC"
 * @example upperCase("Hi") // => "HI"
 */
export function upperCase(s: string): string { throw new Error("todo"); }

/**
 * @example toLower("ABC") // => "abc"
 * @example toLower("Hi") // => "hi"
 */
export function toLower(s: string): string { throw new Error("todo"); }

/**
 * @example oddOneOut([1, 1, 2]) // => 2
 * @example oddOneOut([5, 3, 3]) // => 5
 * @example oddOneOut([7, 9, 7]) // => 9
 */
export function oddOneOut(xs: number[]): number { throw new Error("todo"); }

/**
 * @example sumOfEvens([1, 2, 3, 4]) // => 6
 * @example sumOfEvens([5, 7]) // => 0
 * @example sumOfEvens([10, 1]) // => 10
 */
export function sumOfEvens(xs: number[]): number { throw new Error("todo"); }

/**
 * @example negate(5) // => -5
 * @example negate(-3) // => 3
 * @example negate(0) // => 0
 */
export function negate(x: number): number { throw new Error("todo"); }

/**
 * @example countPositives([1, -2, 3]) // => 2
 * @example countPositives([-1, -1]) // => 0
 * @example countPositives([4, 5, 6, 7]) // => 4
 */
export function countPositives(xs: number[]): number { throw new Error("todo"); }

/**
 * @example isVowel("a") // => true
 * @example isVowel("b") // => false
 * @example isVowel("e") // => true
 * @example isVowel("z") // => false
 */
export function isVowel(c: string): boolean { throw new Error("todo"); }

/**
 * @example firstVowel("hello") // => "e"
 * @example firstVowel("sky") // => ""
 * @example firstVowel("apple") // => "a"
 */
export function firstVowel(s: string): string { throw new Error("todo"); }

/**
 * @example onlyDigits("a1b2c3") // => "123"
 * @example onlyDigits("x9") // => "9"
 * @example onlyDigits("42") // => "42"
 */
export function onlyDigits(s: string): string { throw new Error("todo"); }

/**
 * @example noSpaces("a b c") // => "abc"
 * @example noSpaces("hi there") // => "hithere"
 */
export function noSpaces(s: string): string { throw new Error("todo"); }

/**
 * @example capitalizeFirst("hello") // => "Hello"
 * @example capitalizeFirst("world") // => "World"
 * @example capitalizeFirst("a") // => "A"
 */
export function capitalizeFirst(s: string): string { throw new Error("todo"); }

/**
 * @example oddNumbers([1, 2, 3, 4, 5]) // => [1, 3, 5]
 * @example oddNumbers([2, 4]) // => []
 * @example oddNumbers([7]) // => [7]
 */
export function oddNumbers(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example hasNegative([1, -2, 3]) // => true
 * @example hasNegative([1, 2]) // => false
 * @example hasNegative([-5]) // => true
 * @example hasNegative([]) // => false
 */
export function hasNegative(xs: number[]): boolean { throw new Error("todo"); }

/**
 * @example isOdd(3) // => true
 * @example isOdd(4) // => false
 * @example isOdd(0) // => false
 * @example isOdd(11) // => true
 */
export function isOdd(n: number): boolean { throw new Error("todo"); }

/**
 * @example makeEven(3) // => 4
 * @example makeEven(4) // => 4
 * @example makeEven(7) // => 8
 * @example makeEven(10) // => 10
 */
export function makeEven(n: number): number { throw new Error("todo"); }
