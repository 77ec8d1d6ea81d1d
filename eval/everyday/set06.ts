type Item = { name: string; price: number; qty: number };
type Person = { name: string; age: number };

/**
 * @example kebabToSnake("user-id") // => "user_id"
 * @example kebabToSnake("a-b-c") // => "a_b_c"
 * @example kebabToSnake("plain") // => "plain"
 */
export function kebabToSnake(name: string): string { throw new Error("todo"); }

/**
 * @example pluralize("cat", 2) // => "cats"
 * @example pluralize("dog", 1) // => "dog"
 * @example pluralize("bird", 0) // => "birds"
 * @example pluralize("cow", 5) // => "cows"
 */
export function pluralize(word: string, count: number): string { throw new Error("todo"); }

/**
 * @example initialsOf("John", "Doe") // => "J.D."
 * @example initialsOf("ada", "lovelace") // => "A.L."
 */
export function initialsOf(first: string, last: string): string { throw new Error("todo"); }

/**
 * @example countOccurrences([1, 2, 1, 3], 1) // => 2
 * @example countOccurrences([5, 5, 5], 5) // => 3
 * @example countOccurrences([4, 6], 9) // => 0
 */
export function countOccurrences(xs: number[], x: number): number { throw new Error("todo"); }

/**
 * @example sumRange(1, 4) // => 10
 * @example sumRange(3, 5) // => 12
 * @example sumRange(2, 2) // => 2
 */
export function sumRange(from: number, to: number): number { throw new Error("todo"); }

/**
 * @example isEmpty("") // => true
 * @example isEmpty("a") // => false
 * @example isEmpty("hello") // => false
 */
export function isEmpty(text: string): boolean { throw new Error("todo"); }

/**
 * @example lastChar("hello") // => "o"
 * @example lastChar("ab") // => "b"
 * @example lastChar("x") // => "x"
 */
export function lastChar(text: string): string { throw new Error("todo"); }

/**
 * @example dropFirst([1, 2, 3]) // => [2, 3]
 * @example dropFirst([9]) // => []
 * @example dropFirst([4, 5]) // => [5]
 */
export function dropFirst(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example totalLength(["ab", "cde"]) // => 5
 * @example totalLength(["hello"]) // => 5
 * @example totalLength([]) // => 0
 */
export function totalLength(words: string[]): number { throw new Error("todo"); }

/**
 * @example longestLength(["ab", "cde", "f"]) // => 3
 * @example longestLength(["hello", "hi"]) // => 5
 * @example longestLength(["x"]) // => 1
 */
export function longestLength(words: string[]): number { throw new Error("todo"); }

/**
 * @example minutesToHours(125) // => 2
 * @example minutesToHours(60) // => 1
 * @example minutesToHours(59) // => 0
 */
export function minutesToHours(minutes: number): number { throw new Error("todo"); }

/**
 * @example formatTime(9, 5) // => "9:05"
 * @example formatTime(12, 30) // => "12:30"
 * @example formatTime(0, 0) // => "0:00"
 */
export function formatTime(hours: number, minutes: number): string { throw new Error("todo"); }

/**
 * @example isAllCaps("HELLO") // => true
 * @example isAllCaps("Hello") // => false
 * @example isAllCaps("ABC") // => true
 * @example isAllCaps("abc") // => false
 */
export function isAllCaps(text: string): boolean { throw new Error("todo"); }

/**
 * @example countTrue([true, false, true]) // => 2
 * @example countTrue([false]) // => 0
 * @example countTrue([true, true, true, true]) // => 4
 */
export function countTrue(flags: boolean[]): number { throw new Error("todo"); }

/**
 * @example priceList([{ name: "pen", price: 2, qty: 1 }, { name: "ink", price: 5, qty: 3 }]) // => [2, 5]
 * @example priceList([{ name: "cup", price: 7, qty: 2 }]) // => [7]
 */
export function priceList(items: Item[]): number[] { throw new Error("todo"); }

/**
 * @example totalQuantity([{ name: "pen", price: 2, qty: 1 }, { name: "ink", price: 5, qty: 3 }]) // => 4
 * @example totalQuantity([{ name: "cup", price: 7, qty: 2 }]) // => 2
 * @example totalQuantity([]) // => 0
 */
export function totalQuantity(items: Item[]): number { throw new Error("todo"); }

/**
 * @example orderTotal([{ name: "pen", price: 2, qty: 1 }, { name: "ink", price: 5, qty: 3 }]) // => 17
 * @example orderTotal([{ name: "cup", price: 7, qty: 2 }]) // => 14
 * @example orderTotal([]) // => 0
 */
export function orderTotal(items: Item[]): number { throw new Error("todo"); }

/**
 * @example ageOf([{ name: "Ada", age: 36 }, { name: "Bob", age: 12 }], "Bob") // => 12
 * @example ageOf([{ name: "Cy", age: 5 }, { name: "Di", age: 18 }], "Cy") // => 5
 * @example ageOf([{ name: "Ed", age: 70 }], "Ed") // => 70
 */
export function ageOf(people: Person[], name: string): number { throw new Error("todo"); }

/**
 * @example namesStartingWith([{ name: "Ada", age: 36 }, { name: "Bob", age: 12 }, { name: "Al", age: 3 }], "A") // => ["Ada", "Al"]
 * @example namesStartingWith([{ name: "Cy", age: 5 }, { name: "Di", age: 18 }], "D") // => ["Di"]
 * @example namesStartingWith([{ name: "Ed", age: 70 }], "Z") // => []
 */
export function namesStartingWith(people: Person[], letter: string): string[] { throw new Error("todo"); }

/**
 * @example incrementAll([1, 2, 3], 10) // => [11, 12, 13]
 * @example incrementAll([5], 1) // => [6]
 * @example incrementAll([0, -1], 2) // => [2, 1]
 */
export function incrementAll(xs: number[], amount: number): number[] { throw new Error("todo"); }

/**
 * @example dotProduct([1, 2, 3], [4, 5, 6]) // => 32
 * @example dotProduct([2], [3]) // => 6
 * @example dotProduct([1, 1], [0, 5]) // => 5
 */
export function dotProduct(xs: number[], ys: number[]): number { throw new Error("todo"); }

/**
 * @example addPairwise([1, 2, 3], [10, 20, 30]) // => [11, 22, 33]
 * @example addPairwise([5], [5]) // => [10]
 * @example addPairwise([0, 1], [7, 8]) // => [7, 9]
 */
export function addPairwise(xs: number[], ys: number[]): number[] { throw new Error("todo"); }

/**
 * @example wrapInTag("b", "hi") // => "<b>hi</b>"
 * @example wrapInTag("em", "wow") // => "<em>wow</em>"
 */
export function wrapInTag(tag: string, text: string): string { throw new Error("todo"); }

/**
 * @example quote("hi") // => "\"hi\""
 * @example quote("a b") // => "\"a b\""
 */
export function quote(text: string): string { throw new Error("todo"); }

/**
 * @example removeExtension("notes.txt") // => "notes"
 * @example removeExtension("photo.jpeg") // => "photo"
 * @example removeExtension("a.md") // => "a"
 */
export function removeExtension(fileName: string): string { throw new Error("todo"); }

/**
 * @example triangle(1) // => 1
 * @example triangle(3) // => 6
 * @example triangle(4) // => 10
 * @example triangle(10) // => 55
 */
export function triangle(n: number): number { throw new Error("todo"); }

/**
 * @example isDivisible(10, 5) // => true
 * @example isDivisible(10, 3) // => false
 * @example isDivisible(9, 3) // => true
 * @example isDivisible(7, 2) // => false
 */
export function isDivisible(a: number, b: number): boolean { throw new Error("todo"); }

/**
 * @example repeatWithDash("ab", 3) // => "ab-ab-ab"
 * @example repeatWithDash("x", 1) // => "x"
 * @example repeatWithDash("hey", 2) // => "hey-hey"
 */
export function repeatWithDash(text: string, times: number): string { throw new Error("todo"); }

/**
 * @example maxOfTwo(3, 7) // => 7
 * @example maxOfTwo(9, 2) // => 9
 * @example maxOfTwo(-1, -5) // => -1
 */
export function maxOfTwo(a: number, b: number): number { throw new Error("todo"); }

/**
 * @example firstTwo([1, 2, 3]) // => [1, 2]
 * @example firstTwo([7, 8]) // => [7, 8]
 * @example firstTwo([9, 1, 4, 4]) // => [9, 1]
 */
export function firstTwo(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example sumOfOdds([1, 2, 3, 4, 5]) // => 9
 * @example sumOfOdds([2, 4]) // => 0
 * @example sumOfOdds([7]) // => 7
 */
export function sumOfOdds(xs: number[]): number { throw new Error("todo"); }

/**
 * @example indexOfWord("the quick fox", "quick") // => 1
 * @example indexOfWord("a b c", "c") // => 2
 * @example indexOfWord("one", "one") // => 0
 */
export function indexOfWord(sentence: string, word: string): number { throw new Error("todo"); }

/**
 * @example swapPair([1, 2]) // => [2, 1]
 * @example swapPair([7, 3]) // => [3, 7]
 */
export function swapPair(pair: number[]): number[] { throw new Error("todo"); }

/**
 * @example greeting("Ada", 9) // => "Good morning, Ada"
 * @example greeting("Bob", 15) // => "Good afternoon, Bob"
 * @example greeting("Cy", 7) // => "Good morning, Cy"
 * @example greeting("Di", 13) // => "Good afternoon, Di"
 */
export function greeting(name: string, hour: number): string { throw new Error("todo"); }

/**
 * @example oldestName([{ name: "Ada", age: 36 }, { name: "Bob", age: 12 }]) // => "Ada"
 * @example oldestName([{ name: "Cy", age: 5 }, { name: "Di", age: 18 }, { name: "Ed", age: 7 }]) // => "Di"
 */
export function oldestName(people: Person[]): string { throw new Error("todo"); }

/**
 * @example splitLines("a\nb\nc") // => ["a", "b", "c"]
 * @example splitLines("one") // => ["one"]
 */
export function splitLines(text: string): string[] { throw new Error("todo"); }

/**
 * @example nonEmpty(["a", "", "b"]) // => ["a", "b"]
 * @example nonEmpty(["", ""]) // => []
 * @example nonEmpty(["x"]) // => ["x"]
 */
export function nonEmpty(items: string[]): string[] { throw new Error("todo"); }

/**
 * @example lastIndex([4, 5, 6]) // => 2
 * @example lastIndex([1]) // => 0
 * @example lastIndex([9, 9, 9, 9, 9]) // => 4
 */
export function lastIndex(xs: number[]): number { throw new Error("todo"); }
