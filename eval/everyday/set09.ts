type Book = { title: string; author: string; year: number };
type Point = { x: number; y: number };

/**
 * @example yearOf("2024-01-15") // => 2024
 * @example yearOf("1999-12-31") // => 1999
 */
export function yearOf(date: string): number { throw new Error("todo"); }

/**
 * @example toMinutes("1:30") // => 90
 * @example toMinutes("0:45") // => 45
 * @example toMinutes("2:05") // => 125
 */
export function toMinutes(time: string): number { throw new Error("todo"); }

/**
 * @example titles([{ title: "Dune", author: "Herbert", year: 1965 }, { title: "Emma", author: "Austen", year: 1815 }]) // => ["Dune", "Emma"]
 * @example titles([]) // => []
 */
export function titles(books: Book[]): string[] { throw new Error("todo"); }

/**
 * @example booksBefore([{ title: "Dune", author: "Herbert", year: 1965 }, { title: "Emma", author: "Austen", year: 1815 }], 1900) // => ["Emma"]
 * @example booksBefore([{ title: "Ulysses", author: "Joyce", year: 1922 }, { title: "Beloved", author: "Morrison", year: 1987 }], 2000) // => ["Ulysses", "Beloved"]
 * @example booksBefore([{ title: "Beloved", author: "Morrison", year: 1987 }], 1950) // => []
 */
export function booksBefore(books: Book[], year: number): string[] { throw new Error("todo"); }

/**
 * @example byAuthor([{ title: "Dune", author: "Herbert", year: 1965 }, { title: "Emma", author: "Austen", year: 1815 }, { title: "Persuasion", author: "Austen", year: 1817 }], "Austen") // => ["Emma", "Persuasion"]
 * @example byAuthor([{ title: "Dune", author: "Herbert", year: 1965 }], "Joyce") // => []
 */
export function byAuthor(books: Book[], author: string): string[] { throw new Error("todo"); }

/**
 * @example newest([{ title: "Dune", author: "Herbert", year: 1965 }, { title: "Emma", author: "Austen", year: 1815 }]) // => "Dune"
 * @example newest([{ title: "Emma", author: "Austen", year: 1815 }, { title: "Beloved", author: "Morrison", year: 1987 }, { title: "Ulysses", author: "Joyce", year: 1922 }]) // => "Beloved"
 */
export function newest(books: Book[]): string { throw new Error("todo"); }

/**
 * @example manhattan({ x: 1, y: 2 }, { x: 4, y: 6 }) // => 7
 * @example manhattan({ x: 0, y: 0 }, { x: -3, y: 2 }) // => 5
 * @example manhattan({ x: 5, y: 5 }, { x: 5, y: 5 }) // => 0
 */
export function manhattan(a: Point, b: Point): number { throw new Error("todo"); }

/**
 * @example xs([{ x: 1, y: 2 }, { x: 4, y: 6 }]) // => [1, 4]
 * @example xs([{ x: -3, y: 2 }]) // => [-3]
 */
export function xs(points: Point[]): number[] { throw new Error("todo"); }

/**
 * @example onDiagonal({ x: 3, y: 3 }) // => true
 * @example onDiagonal({ x: 1, y: 2 }) // => false
 * @example onDiagonal({ x: -4, y: -4 }) // => true
 * @example onDiagonal({ x: 0, y: 5 }) // => false
 */
export function onDiagonal(p: Point): boolean { throw new Error("todo"); }

/**
 * @example hyphenate(["a", "b", "c"]) // => "a-b-c"
 * @example hyphenate(["x"]) // => "x"
 */
export function hyphenate(parts: string[]): string { throw new Error("todo"); }

/**
 * @example csvLine(["name", "age"]) // => "name,age"
 * @example csvLine(["a", "b", "c"]) // => "a,b,c"
 */
export function csvLine(fields: string[]): string { throw new Error("todo"); }

/**
 * @example parseCsv("a,b,c") // => ["a", "b", "c"]
 * @example parseCsv("name,age") // => ["name", "age"]
 */
export function parseCsv(line: string): string[] { throw new Error("todo"); }

/**
 * @example sumCsv("1,2,3") // => 6
 * @example sumCsv("10,20") // => 30
 * @example sumCsv("5") // => 5
 */
export function sumCsv(line: string): number { throw new Error("todo"); }

/**
 * @example mirror("abc") // => "abccba"
 * @example mirror("xy") // => "xyyx"
 */
export function mirror(s: string): string { throw new Error("todo"); }

/**
 * @example isPalindromeList([1, 2, 1]) // => true
 * @example isPalindromeList([1, 2, 3]) // => false
 * @example isPalindromeList([4, 4]) // => true
 * @example isPalindromeList([5, 6]) // => false
 */
export function isPalindromeList(xs: number[]): boolean { throw new Error("todo"); }

/**
 * @example countWordsLongerThan("the quick brown fox", 3) // => 2
 * @example countWordsLongerThan("a bb ccc", 1) // => 2
 * @example countWordsLongerThan("hi", 5) // => 0
 */
export function countWordsLongerThan(text: string, n: number): number { throw new Error("todo"); }

/**
 * @example lastTwo([1, 2, 3, 4]) // => [3, 4]
 * @example lastTwo([5, 6]) // => [5, 6]
 * @example lastTwo([7, 8, 9]) // => [8, 9]
 */
export function lastTwo(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example removeFirst([1, 2, 3, 2], 2) // => [1, 3, 2]
 * @example removeFirst([5, 5], 5) // => [5]
 * @example removeFirst([1, 2], 3) // => [1, 2]
 */
export function removeFirst(xs: number[], x: number): number[] { throw new Error("todo"); }

/**
 * @example removeAll([1, 2, 3, 2], 2) // => [1, 3]
 * @example removeAll([5, 5], 5) // => []
 * @example removeAll([1, 2], 3) // => [1, 2]
 */
export function removeAll(xs: number[], x: number): number[] { throw new Error("todo"); }

/**
 * @example insertAt([1, 2, 3], 1, 9) // => [1, 9, 2, 3]
 * @example insertAt([5], 0, 4) // => [4, 5]
 * @example insertAt([7, 8], 2, 0) // => [7, 8, 0]
 */
export function insertAt(xs: number[], index: number, value: number): number[] { throw new Error("todo"); }

/**
 * @example average([1, 2, 3]) // => 2
 * @example average([10, 20]) // => 15
 * @example average([7]) // => 7
 */
export function average(xs: number[]): number { throw new Error("todo"); }

/**
 * @example hasVowel("sky") // => false
 * @example hasVowel("tree") // => true
 * @example hasVowel("rhythm") // => false
 * @example hasVowel("a") // => true
 */
export function hasVowel(word: string): boolean { throw new Error("todo"); }

/**
 * @example repeatEach("abc") // => "aabbcc"
 * @example repeatEach("xy") // => "xxyy"
 */
export function repeatEach(s: string): string { throw new Error("todo"); }

/**
 * @example withoutSpaces("a b c") // => "abc"
 * @example withoutSpaces("hello world") // => "helloworld"
 */
export function withoutSpaces(s: string): string { throw new Error("todo"); }

/**
 * @example evenSquares([1, 2, 3, 4]) // => [4, 16]
 * @example evenSquares([5, 6]) // => [36]
 * @example evenSquares([1, 3]) // => []
 */
export function evenSquares(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example clampAll([1, 5, 10], 2, 8) // => [2, 5, 8]
 * @example clampAll([0, 3], 1, 2) // => [1, 2]
 */
export function clampAll(xs: number[], lo: number, hi: number): number[] { throw new Error("todo"); }

/**
 * @example abbreviate("Portable Network Graphics") // => "PNG"
 * @example abbreviate("as soon as possible") // => "ASAP"
 */
export function abbreviate(phrase: string): string { throw new Error("todo"); }

/**
 * @example greetAll(["Ann", "Bob"]) // => ["Hi Ann", "Hi Bob"]
 * @example greetAll(["Cy"]) // => ["Hi Cy"]
 */
export function greetAll(names: string[]): string[] { throw new Error("todo"); }

/**
 * @example toCents(1.5) // => 150
 * @example toCents(0.99) // => 99
 * @example toCents(3) // => 300
 */
export function toCents(dollars: number): number { throw new Error("todo"); }

/**
 * @example initialsList(["Ada Lovelace", "Alan Turing"]) // => ["AL", "AT"]
 * @example initialsList(["Grace Hopper"]) // => ["GH"]
 */
export function initialsList(names: string[]): string[] { throw new Error("todo"); }
