type Item = { name: string; price: number; qty: number };
type User = { name: string; email: string; active: boolean };

/**
 * @example slugify("Hello World") // => "hello-world"
 * @example slugify("Big Red Dog") // => "big-red-dog"
 * @example slugify("simple") // => "simple"
 */
export function slugify(title: string): string { throw new Error("todo"); }

/**
 * @example titleCase("the big dog") // => "The Big Dog"
 * @example titleCase("hello") // => "Hello"
 * @example titleCase("a tale of two cities") // => "A Tale Of Two Cities"
 */
export function titleCase(text: string): string { throw new Error("todo"); }

/**
 * @example reverseWords("one two three") // => "three two one"
 * @example reverseWords("hello world") // => "world hello"
 * @example reverseWords("solo") // => "solo"
 */
export function reverseWords(sentence: string): string { throw new Error("todo"); }

/**
 * @example firstWords("the quick brown fox", 2) // => "the quick"
 * @example firstWords("a b c d", 3) // => "a b c"
 * @example firstWords("hello world", 1) // => "hello"
 */
export function firstWords(text: string, n: number): string { throw new Error("todo"); }

/**
 * @example sumOfSquares([1, 2, 3]) // => 14
 * @example sumOfSquares([4]) // => 16
 * @example sumOfSquares([]) // => 0
 */
export function sumOfSquares(xs: number[]): number { throw new Error("todo"); }

/**
 * @example range(3) // => [0, 1, 2]
 * @example range(5) // => [0, 1, 2, 3, 4]
 * @example range(0) // => []
 */
export function range(n: number): number[] { throw new Error("todo"); }

/**
 * @example between(2, 5) // => [2, 3, 4]
 * @example between(0, 2) // => [0, 1]
 * @example between(7, 7) // => []
 */
export function between(start: number, end: number): number[] { throw new Error("todo"); }

/**
 * @example totalQty([{ name: "pen", price: 2, qty: 3 }, { name: "ink", price: 5, qty: 1 }]) // => 4
 * @example totalQty([{ name: "cup", price: 4, qty: 10 }]) // => 10
 * @example totalQty([]) // => 0
 */
export function totalQty(items: Item[]): number { throw new Error("todo"); }

/**
 * @example inStock([{ name: "pen", price: 2, qty: 3 }, { name: "ink", price: 5, qty: 0 }]) // => [{ name: "pen", price: 2, qty: 3 }]
 * @example inStock([{ name: "cup", price: 4, qty: 0 }]) // => []
 * @example inStock([{ name: "a", price: 1, qty: 1 }, { name: "b", price: 1, qty: 2 }]) // => [{ name: "a", price: 1, qty: 1 }, { name: "b", price: 1, qty: 2 }]
 */
export function inStock(items: Item[]): Item[] { throw new Error("todo"); }

/**
 * @example mostExpensive([{ name: "pen", price: 2, qty: 3 }, { name: "ink", price: 5, qty: 1 }]) // => "ink"
 * @example mostExpensive([{ name: "cup", price: 4, qty: 10 }, { name: "mug", price: 3, qty: 1 }]) // => "cup"
 * @example mostExpensive([{ name: "hat", price: 9, qty: 0 }]) // => "hat"
 */
export function mostExpensive(items: Item[]): string { throw new Error("todo"); }

/**
 * @example activeEmails([{ name: "Ann", email: "ann@x.io", active: true }, { name: "Bob", email: "bob@y.io", active: false }]) // => ["ann@x.io"]
 * @example activeEmails([{ name: "Cy", email: "cy@z.io", active: true }, { name: "Di", email: "di@z.io", active: true }]) // => ["cy@z.io", "di@z.io"]
 * @example activeEmails([]) // => []
 */
export function activeEmails(users: User[]): string[] { throw new Error("todo"); }

/**
 * @example userName("ann@example.com") // => "ann"
 * @example userName("bob.smith@mail.org") // => "bob.smith"
 */
export function userName(email: string): string { throw new Error("todo"); }

/**
 * @example stripExtension("notes.txt") // => "notes"
 * @example stripExtension("photo.jpeg") // => "photo"
 * @example stripExtension("README") // => "README"
 */
export function stripExtension(fileName: string): string { throw new Error("todo"); }

/**
 * @example parenthesize("x") // => "(x)"
 * @example parenthesize("a + b") // => "(a + b)"
 */
export function parenthesize(expr: string): string { throw new Error("todo"); }

/**
 * @example zeroPad(7) // => "007"
 * @example zeroPad(42) // => "042"
 * @example zeroPad(123) // => "123"
 */
export function zeroPad(n: number): string { throw new Error("todo"); }

/**
 * @example countLines("a\nb\nc") // => 3
 * @example countLines("one line") // => 1
 * @example countLines("x\ny") // => 2
 */
export function countLines(text: string): number { throw new Error("todo"); }

/**
 * @example intersection([1, 2, 3], [2, 3, 4]) // => [2, 3]
 * @example intersection([5, 6], [7]) // => []
 * @example intersection([1, 9, 4], [4, 1]) // => [1, 4]
 */
export function intersection(a: number[], b: number[]): number[] { throw new Error("todo"); }

/**
 * @example difference([1, 2, 3], [2]) // => [1, 3]
 * @example difference([5, 6], [7]) // => [5, 6]
 * @example difference([4, 4, 1], [4]) // => [1]
 */
export function difference(a: number[], b: number[]): number[] { throw new Error("todo"); }

/**
 * @example sumPositives([1, -2, 3]) // => 4
 * @example sumPositives([-1, -5]) // => 0
 * @example sumPositives([10, 0, 2]) // => 12
 */
export function sumPositives(xs: number[]): number { throw new Error("todo"); }

/**
 * @example rotateLeft([1, 2, 3]) // => [2, 3, 1]
 * @example rotateLeft([4, 5]) // => [5, 4]
 * @example rotateLeft([9, 8, 7, 6]) // => [8, 7, 6, 9]
 */
export function rotateLeft(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example secondsToMinutes(120) // => 2
 * @example secondsToMinutes(59) // => 0
 * @example secondsToMinutes(185) // => 3
 */
export function secondsToMinutes(seconds: number): number { throw new Error("todo"); }

/**
 * @example encodeSpaces("a b c") // => "a%20b%20c"
 * @example encodeSpaces("hello world") // => "hello%20world"
 * @example encodeSpaces("none") // => "none"
 */
export function encodeSpaces(url: string): string { throw new Error("todo"); }

/**
 * @example containsDigit("abc1") // => true
 * @example containsDigit("abc") // => false
 * @example containsDigit("2x") // => true
 * @example containsDigit("") // => false
 */
export function containsDigit(s: string): boolean { throw new Error("todo"); }

/**
 * @example startsWithVowel("apple") // => true
 * @example startsWithVowel("banana") // => false
 * @example startsWithVowel("orange") // => true
 * @example startsWithVowel("kiwi") // => false
 */
export function startsWithVowel(word: string): boolean { throw new Error("todo"); }

/**
 * @example longWords(["a", "abcd", "abc", "hello"], 3) // => ["abcd", "hello"]
 * @example longWords(["x", "yy"], 5) // => []
 * @example longWords(["tree", "go"], 1) // => ["tree", "go"]
 */
export function longWords(words: string[], minLength: number): string[] { throw new Error("todo"); }

/**
 * @example shortestWord(["apple", "fig", "banana"]) // => "fig"
 * @example shortestWord(["aa", "b"]) // => "b"
 * @example shortestWord(["one"]) // => "one"
 */
export function shortestWord(words: string[]): string { throw new Error("todo"); }

/**
 * @example scale([1, 2, 3], 2) // => [2, 4, 6]
 * @example scale([5], 10) // => [50]
 * @example scale([], 3) // => []
 */
export function scale(xs: number[], factor: number): number[] { throw new Error("todo"); }

/**
 * @example differences([1, 4, 9]) // => [3, 5]
 * @example differences([5, 3]) // => [-2]
 * @example differences([2, 2, 2, 5]) // => [0, 0, 3]
 */
export function differences(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example countAbove([1, 5, 10], 4) // => 2
 * @example countAbove([1, 2], 10) // => 0
 * @example countAbove([3, 3, 3], 2) // => 3
 */
export function countAbove(xs: number[], threshold: number): number { throw new Error("todo"); }

/**
 * @example firstNegative([3, -1, -5]) // => -1
 * @example firstNegative([-7, 2]) // => -7
 * @example firstNegative([4, 0, -2]) // => -2
 */
export function firstNegative(xs: number[]): number { throw new Error("todo"); }

/**
 * @example shout("hello") // => "HELLO!"
 * @example shout("stop") // => "STOP!"
 */
export function shout(text: string): string { throw new Error("todo"); }

/**
 * @example lastWordUpper("hello big world") // => "WORLD"
 * @example lastWordUpper("one") // => "ONE"
 * @example lastWordUpper("a b") // => "B"
 */
export function lastWordUpper(sentence: string): string { throw new Error("todo"); }

/**
 * @example isSquare(4) // => true
 * @example isSquare(5) // => false
 * @example isSquare(9) // => true
 * @example isSquare(10) // => false
 */
export function isSquare(n: number): boolean { throw new Error("todo"); }

/**
 * @example sign(5) // => 1
 * @example sign(-3) // => -1
 * @example sign(0) // => 0
 */
export function sign(n: number): number { throw new Error("todo"); }

/**
 * @example emailDomains(["a@x.com", "b@y.org"]) // => ["x.com", "y.org"]
 * @example emailDomains(["me@home.net"]) // => ["home.net"]
 */
export function emailDomains(emails: string[]): string[] { throw new Error("todo"); }

/**
 * @example sumQty([{ name: "pen", price: 2, qty: 3 }, { name: "ink", price: 5, qty: 1 }], "pen") // => 3
 * @example sumQty([{ name: "cup", price: 4, qty: 10 }, { name: "cup", price: 4, qty: 2 }], "cup") // => 12
 * @example sumQty([{ name: "hat", price: 9, qty: 1 }], "cap") // => 0
 */
export function sumQty(items: Item[], name: string): number { throw new Error("todo"); }
