// Held-out everyday functions, written on 2026-11-23 before the engine was run on them. Do not
// tune the engine on this set: it measures what the engine does on functions it was not built for.

type Person = { name: string; age: number };

/**
 * @example fullName("Ada", "Lovelace") // => "Ada Lovelace"
 * @example fullName("Alan", "Turing") // => "Alan Turing"
 */
export function fullName(first: string, last: string): string {
  throw new Error("todo");
}

/**
 * @example countSpaces("a b c") // => 2
 * @example countSpaces("hello") // => 0
 * @example countSpaces("one two") // => 1
 */
export function countSpaces(text: string): number {
  throw new Error("todo");
}

/**
 * @example removeFirstWord("the cat sat") // => "cat sat"
 * @example removeFirstWord("hello big world") // => "big world"
 * @example removeFirstWord("a b") // => "b"
 */
export function removeFirstWord(sentence: string): string {
  throw new Error("todo");
}

/**
 * @example hasUpperCase("hello") // => false
 * @example hasUpperCase("heLlo") // => true
 * @example hasUpperCase("ABC") // => true
 * @example hasUpperCase("xyz") // => false
 */
export function hasUpperCase(s: string): boolean {
  throw new Error("todo");
}

/**
 * @example dropLast([1, 2, 3]) // => [1, 2]
 * @example dropLast([5]) // => []
 * @example dropLast([7, 8]) // => [7]
 */
export function dropLast(xs: number[]): number[] {
  throw new Error("todo");
}

/**
 * @example laugh("ha", 3) // => "ha ha ha"
 * @example laugh("ho", 2) // => "ho ho"
 * @example laugh("he", 1) // => "he"
 */
export function laugh(sound: string, times: number): string {
  throw new Error("todo");
}

/**
 * @example hashtags(["fun", "code"]) // => "#fun #code"
 * @example hashtags(["ai"]) // => "#ai"
 */
export function hashtags(tags: string[]): string {
  throw new Error("todo");
}

/**
 * @example totalAge([{ name: "Ann", age: 30 }, { name: "Bob", age: 12 }]) // => 42
 * @example totalAge([{ name: "Cy", age: 5 }]) // => 5
 * @example totalAge([]) // => 0
 */
export function totalAge(people: Person[]): number {
  throw new Error("todo");
}

/**
 * @example countLongWords(["a", "elephant", "giraffe", "cat"]) // => 2
 * @example countLongWords(["tiny", "small"]) // => 0
 * @example countLongWords(["enormous", "dog"]) // => 1
 */
export function countLongWords(words: string[]): number {
  throw new Error("todo");
}

/**
 * @example secondToLast([1, 2, 3]) // => 2
 * @example secondToLast([9, 8]) // => 9
 * @example secondToLast([4, 5, 6, 7]) // => 6
 */
export function secondToLast(xs: number[]): number {
  throw new Error("todo");
}

/**
 * @example squareAll([1, 2, 3]) // => [1, 4, 9]
 * @example squareAll([-2]) // => [4]
 */
export function squareAll(xs: number[]): number[] {
  throw new Error("todo");
}

/**
 * @example shoutAll(["hi", "there"]) // => ["HI", "THERE"]
 * @example shoutAll(["ok"]) // => ["OK"]
 */
export function shoutAll(words: string[]): string[] {
  throw new Error("todo");
}

/**
 * @example both("tea", "cake") // => "tea and cake"
 * @example both("salt", "pepper") // => "salt and pepper"
 */
export function both(a: string, b: string): string {
  throw new Error("todo");
}

/**
 * @example quoted("hi") // => "\"hi\""
 * @example quoted("a b") // => "\"a b\""
 */
export function quoted(s: string): string {
  throw new Error("todo");
}

/**
 * @example minOfTwo(3, 7) // => 3
 * @example minOfTwo(9, 2) // => 2
 * @example minOfTwo(5, 5) // => 5
 */
export function minOfTwo(a: number, b: number): number {
  throw new Error("todo");
}

/**
 * @example isBetween(5, 1, 10) // => true
 * @example isBetween(0, 1, 10) // => false
 * @example isBetween(11, 1, 10) // => false
 * @example isBetween(3, 3, 4) // => true
 */
export function isBetween(x: number, low: number, high: number): boolean {
  throw new Error("todo");
}

/**
 * @example endsWithPeriod("Done.") // => true
 * @example endsWithPeriod("Done") // => false
 * @example endsWithPeriod("a.b") // => false
 */
export function endsWithPeriod(s: string): boolean {
  throw new Error("todo");
}

/**
 * @example namesOf([{ name: "Ann", age: 30 }, { name: "Bob", age: 12 }]) // => ["Ann", "Bob"]
 * @example namesOf([]) // => []
 */
export function namesOf(people: Person[]): string[] {
  throw new Error("todo");
}

/**
 * @example youngest([{ name: "Ann", age: 30 }, { name: "Bob", age: 12 }, { name: "Cy", age: 20 }]) // => "Bob"
 * @example youngest([{ name: "Di", age: 7 }, { name: "Ed", age: 9 }]) // => "Di"
 */
export function youngest(people: Person[]): string {
  throw new Error("todo");
}

/**
 * @example initial("grace") // => "G"
 * @example initial("alan") // => "A"
 */
export function initial(name: string): string {
  throw new Error("todo");
}
