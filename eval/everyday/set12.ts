type Person = { name: string; age: number };
type Order = { id: number; total: number; paid: boolean };

/**
 * @example countSpaces("a b c") // => 2
 * @example countSpaces("hello") // => 0
 * @example countSpaces(" x ") // => 2
 */
export function countSpaces(text: string): number { throw new Error("todo"); }

/**
 * @example lastElement([1, 2, 3]) // => 3
 * @example lastElement([7]) // => 7
 */
export function lastElement(xs: number[]): number { throw new Error("todo"); }

/**
 * @example initialOf("alice") // => "A"
 * @example initialOf("Bob") // => "B"
 * @example initialOf("zed") // => "Z"
 */
export function initialOf(name: string): string { throw new Error("todo"); }

/**
 * @example sumOfCubes([1, 2]) // => 9
 * @example sumOfCubes([3]) // => 27
 * @example sumOfCubes([]) // => 0
 */
export function sumOfCubes(xs: number[]): number { throw new Error("todo"); }

/**
 * @example maxLength(["a", "abc", "ab"]) // => 3
 * @example maxLength(["hello", "hi"]) // => 5
 */
export function maxLength(words: string[]): number { throw new Error("todo"); }

/**
 * @example doubleEvens([1, 2, 3, 4]) // => [1, 4, 3, 8]
 * @example doubleEvens([6]) // => [12]
 * @example doubleEvens([5, 7]) // => [5, 7]
 */
export function doubleEvens(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example removeNegatives([1, -2, 3]) // => [1, 3]
 * @example removeNegatives([-1, -5]) // => []
 * @example removeNegatives([0, 4]) // => [0, 4]
 */
export function removeNegatives(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example countDigits("abc123") // => 3
 * @example countDigits("no digits") // => 0
 * @example countDigits("4 eyes") // => 1
 */
export function countDigits(text: string): number { throw new Error("todo"); }

/**
 * @example joinWithAnd(["cats", "dogs"]) // => "cats and dogs"
 * @example joinWithAnd(["a", "b", "c"]) // => "a and b and c"
 * @example joinWithAnd(["solo"]) // => "solo"
 */
export function joinWithAnd(items: string[]): string { throw new Error("todo"); }

/**
 * @example firstLine("one\ntwo") // => "one"
 * @example firstLine("single") // => "single"
 * @example firstLine("a\nb\nc") // => "a"
 */
export function firstLine(text: string): string { throw new Error("todo"); }

/**
 * @example underscored("hello world") // => "hello_world"
 * @example underscored("a b c") // => "a_b_c"
 * @example underscored("none") // => "none"
 */
export function underscored(text: string): string { throw new Error("todo"); }

/**
 * @example secondWord("the quick fox") // => "quick"
 * @example secondWord("hello world") // => "world"
 */
export function secondWord(sentence: string): string { throw new Error("todo"); }

/**
 * @example tripleAll([1, 2, 3]) // => [3, 6, 9]
 * @example tripleAll([0, -1]) // => [0, -3]
 */
export function tripleAll(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example keepShort(["a", "abc", "ab"], 2) // => ["a", "ab"]
 * @example keepShort(["hello", "hi", "hey"], 3) // => ["hi", "hey"]
 * @example keepShort(["long"], 1) // => []
 */
export function keepShort(words: string[], maxLength: number): string[] { throw new Error("todo"); }

/**
 * @example averageLength(["ab", "abcd"]) // => 3
 * @example averageLength(["x"]) // => 1
 * @example averageLength(["abc", "abc", "abcdef"]) // => 4
 */
export function averageLength(words: string[]): number { throw new Error("todo"); }

/**
 * @example describe({ name: "Ann", age: 30 }) // => "Ann (30)"
 * @example describe({ name: "Bo", age: 7 }) // => "Bo (7)"
 */
export function describe(person: Person): string { throw new Error("todo"); }

/**
 * @example isTeen(13) // => true
 * @example isTeen(19) // => true
 * @example isTeen(12) // => false
 * @example isTeen(20) // => false
 * @example isTeen(16) // => true
 */
export function isTeen(age: number): boolean { throw new Error("todo"); }

/**
 * @example totalSeconds(1, 0, 0) // => 3600
 * @example totalSeconds(0, 2, 5) // => 125
 * @example totalSeconds(1, 1, 1) // => 3661
 */
export function totalSeconds(hours: number, minutes: number, seconds: number): number { throw new Error("todo"); }

/**
 * @example countMatches([1, 2, 1, 3], 1) // => 2
 * @example countMatches([5, 5, 5], 5) // => 3
 * @example countMatches([1, 2], 9) // => 0
 */
export function countMatches(xs: number[], target: number): number { throw new Error("todo"); }

/**
 * @example uniqueCount([1, 2, 2, 3]) // => 3
 * @example uniqueCount([4, 4, 4]) // => 1
 * @example uniqueCount([]) // => 0
 */
export function uniqueCount(xs: number[]): number { throw new Error("todo"); }

/**
 * @example trimTrailingSlash("a/b/") // => "a/b"
 * @example trimTrailingSlash("a/b") // => "a/b"
 * @example trimTrailingSlash("/") // => ""
 */
export function trimTrailingSlash(path: string): string { throw new Error("todo"); }

/**
 * @example perimeter(2, 3) // => 10
 * @example perimeter(5, 5) // => 20
 * @example perimeter(1, 0) // => 2
 */
export function perimeter(width: number, height: number): number { throw new Error("todo"); }

/**
 * @example isWeekend("Sat") // => true
 * @example isWeekend("Sun") // => true
 * @example isWeekend("Mon") // => false
 * @example isWeekend("Fri") // => false
 */
export function isWeekend(day: string): boolean { throw new Error("todo"); }

/**
 * @example unpaidTotal([{ id: 1, total: 10, paid: true }, { id: 2, total: 5, paid: false }]) // => 5
 * @example unpaidTotal([{ id: 3, total: 7, paid: false }, { id: 4, total: 2, paid: false }]) // => 9
 * @example unpaidTotal([{ id: 5, total: 1, paid: true }]) // => 0
 */
export function unpaidTotal(orders: Order[]): number { throw new Error("todo"); }

/**
 * @example namesOf([{ name: "Ann", age: 30 }, { name: "Bo", age: 7 }]) // => ["Ann", "Bo"]
 * @example namesOf([]) // => []
 */
export function namesOf(people: Person[]): string[] { throw new Error("todo"); }

/**
 * @example minPositive([3, -1, 2]) // => 2
 * @example minPositive([-5, 10, 4]) // => 4
 * @example minPositive([1]) // => 1
 */
export function minPositive(xs: number[]): number { throw new Error("todo"); }

/**
 * @example compact([0, 1, 0, 2]) // => [1, 2]
 * @example compact([3]) // => [3]
 * @example compact([0, 0]) // => []
 */
export function compact(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example ensureSuffix("file", ".txt") // => "file.txt"
 * @example ensureSuffix("notes.txt", ".txt") // => "notes.txt"
 * @example ensureSuffix("a", ".md") // => "a.md"
 */
export function ensureSuffix(name: string, suffix: string): string { throw new Error("todo"); }

/**
 * @example youngest([{ name: "Ann", age: 30 }, { name: "Bo", age: 7 }, { name: "Cy", age: 12 }]) // => "Bo"
 * @example youngest([{ name: "Dee", age: 40 }, { name: "Eve", age: 41 }]) // => "Dee"
 */
export function youngest(people: Person[]): string { throw new Error("todo"); }

/**
 * @example charAtEnd("hello", 1) // => "o"
 * @example charAtEnd("hello", 2) // => "l"
 * @example charAtEnd("abc", 3) // => "a"
 */
export function charAtEnd(text: string, n: number): string { throw new Error("todo"); }
