/**
 * @example initials("Ada Lovelace") // => "AL"
 * @example initials("Grace Hopper") // => "GH"
 * @example initials("Alan Turing") // => "AT"
 */
export function initials(name: string): string { throw new Error("todo"); }

/**
 * @example isBlank("") // => true
 * @example isBlank("a") // => false
 * @example isBlank("hello") // => false
 */
export function isBlank(s: string): boolean { throw new Error("todo"); }

/**
 * @example fahrenheit(0) // => 32
 * @example fahrenheit(100) // => 212
 * @example fahrenheit(10) // => 50
 */
export function fahrenheit(c: number): number { throw new Error("todo"); }

/**
 * @example celsius(32) // => 0
 * @example celsius(212) // => 100
 * @example celsius(50) // => 10
 */
export function celsius(f: number): number { throw new Error("todo"); }

/**
 * @example withoutLast([1, 2, 3]) // => [1, 2]
 * @example withoutLast([5]) // => []
 * @example withoutLast([4, 9, 9, 2]) // => [4, 9, 9]
 */
export function withoutLast(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example fileExtension("report.pdf") // => "pdf"
 * @example fileExtension("archive.tar.gz") // => "gz"
 * @example fileExtension("notes.txt") // => "txt"
 */
export function fileExtension(path: string): string { throw new Error("todo"); }

/**
 * @example baseName("report.pdf") // => "report"
 * @example baseName("photo.jpeg") // => "photo"
 * @example baseName("a.txt") // => "a"
 */
export function baseName(path: string): string { throw new Error("todo"); }

/**
 * @example clamp(5, 0, 10) // => 5
 * @example clamp(-3, 0, 10) // => 0
 * @example clamp(15, 0, 10) // => 10
 * @example clamp(7, 2, 4) // => 4
 */
export function clamp(x: number, lo: number, hi: number): number { throw new Error("todo"); }

/**
 * @example average([1, 2, 3]) // => 2
 * @example average([10, 20]) // => 15
 * @example average([4]) // => 4
 */
export function average(xs: number[]): number { throw new Error("todo"); }

/**
 * @example countWords("hello world") // => 2
 * @example countWords("one") // => 1
 * @example countWords("a b c d") // => 4
 */
export function countWords(text: string): number { throw new Error("todo"); }

/**
 * @example repeatWord("ab", 3) // => "ababab"
 * @example repeatWord("x", 1) // => "x"
 * @example repeatWord("hi", 2) // => "hihi"
 */
export function repeatWord(word: string, times: number): string { throw new Error("todo"); }

/**
 * @example isPalindrome("racecar") // => true
 * @example isPalindrome("hello") // => false
 * @example isPalindrome("abba") // => true
 * @example isPalindrome("ab") // => false
 */
export function isPalindrome(s: string): boolean { throw new Error("todo"); }

/**
 * @example lastWord("the quick fox") // => "fox"
 * @example lastWord("hello") // => "hello"
 * @example lastWord("a b") // => "b"
 */
export function lastWord(s: string): string { throw new Error("todo"); }

/**
 * @example evens([1, 2, 3, 4]) // => [2, 4]
 * @example evens([5, 7]) // => []
 * @example evens([10, 3, 8]) // => [10, 8]
 */
export function evens(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example largest([3, 9, 2]) // => 9
 * @example largest([-1, -5]) // => -1
 * @example largest([7]) // => 7
 */
export function largest(xs: number[]): number { throw new Error("todo"); }

/**
 * @example padId(7) // => "007"
 * @example padId(42) // => "042"
 * @example padId(123) // => "123"
 */
export function padId(id: number): string { throw new Error("todo"); }

/**
 * @example capitalize("hello") // => "Hello"
 * @example capitalize("world") // => "World"
 * @example capitalize("a") // => "A"
 */
export function capitalize(s: string): string { throw new Error("todo"); }

/**
 * @example percent(0.5) // => "50%"
 * @example percent(0.25) // => "25%"
 * @example percent(1) // => "100%"
 */
export function percent(ratio: number): string { throw new Error("todo"); }

/**
 * @example sumOfSquares([1, 2, 3]) // => 14
 * @example sumOfSquares([4]) // => 16
 * @example sumOfSquares([]) // => 0
 */
export function sumOfSquares(xs: number[]): number { throw new Error("todo"); }

/**
 * @example isAdult(18) // => true
 * @example isAdult(17) // => false
 * @example isAdult(40) // => true
 * @example isAdult(3) // => false
 */
export function isAdult(age: number): boolean { throw new Error("todo"); }

/**
 * @example domain("ada@example.com") // => "example.com"
 * @example domain("bob@mail.org") // => "mail.org"
 * @example domain("x@y.io") // => "y.io"
 */
export function domain(email: string): string { throw new Error("todo"); }

/**
 * @example firstN([1, 2, 3, 4], 2) // => [1, 2]
 * @example firstN([5, 6], 5) // => [5, 6]
 * @example firstN([9, 8, 7], 1) // => [9]
 */
export function firstN(xs: number[], n: number): number[] { throw new Error("todo"); }

/**
 * @example slug("Hello World") // => "hello-world"
 * @example slug("Grimoire Rocks") // => "grimoire-rocks"
 * @example slug("One Two Three") // => "one-two-three"
 */
export function slug(title: string): string { throw new Error("todo"); }

/**
 * @example hasDuplicates([1, 2, 3]) // => false
 * @example hasDuplicates([1, 2, 1]) // => true
 * @example hasDuplicates([4, 4]) // => true
 * @example hasDuplicates([7]) // => false
 */
export function hasDuplicates(xs: number[]): boolean { throw new Error("todo"); }

/**
 * @example range(3) // => [0, 1, 2]
 * @example range(1) // => [0]
 * @example range(5) // => [0, 1, 2, 3, 4]
 */
export function range(n: number): number[] { throw new Error("todo"); }

/**
 * @example greet("Ada") // => "Hello, Ada!"
 * @example greet("Bob") // => "Hello, Bob!"
 */
export function greet(name: string): string { throw new Error("todo"); }

/**
 * @example isEven(4) // => true
 * @example isEven(7) // => false
 * @example isEven(0) // => true
 */
export function isEven(n: number): boolean { throw new Error("todo"); }

/**
 * @example secondLargest([3, 9, 2]) // => 3
 * @example secondLargest([10, 20, 30, 40]) // => 30
 * @example secondLargest([5, 1]) // => 1
 */
export function secondLargest(xs: number[]): number { throw new Error("todo"); }

/**
 * @example startsWithVowel("apple") // => true
 * @example startsWithVowel("banana") // => false
 * @example startsWithVowel("orange") // => true
 * @example startsWithVowel("kiwi") // => false
 */
export function startsWithVowel(word: string): boolean { throw new Error("todo"); }

/**
 * @example discount(100, 10) // => 90
 * @example discount(50, 50) // => 25
 * @example discount(80, 25) // => 60
 */
export function discount(price: number, percentOff: number): number { throw new Error("todo"); }

/**
 * @example joinPath("usr", "bin") // => "usr/bin"
 * @example joinPath("home", "ada") // => "home/ada"
 */
export function joinPath(dir: string, name: string): string { throw new Error("todo"); }

/**
 * @example total([{ price: 2, qty: 3 }, { price: 5, qty: 1 }]) // => 11
 * @example total([{ price: 1, qty: 1 }]) // => 1
 * @example total([]) // => 0
 */
export function total(items: { price: number; qty: number }[]): number { throw new Error("todo"); }

/**
 * @example names([{ name: "Ada", age: 36 }, { name: "Bob", age: 20 }]) // => ["Ada", "Bob"]
 * @example names([{ name: "Cy", age: 5 }]) // => ["Cy"]
 */
export function names(people: { name: string; age: number }[]): string[] { throw new Error("todo"); }

/**
 * @example adults([{ name: "Ada", age: 36 }, { name: "Bob", age: 12 }]) // => [{ name: "Ada", age: 36 }]
 * @example adults([{ name: "Cy", age: 5 }, { name: "Di", age: 18 }, { name: "Ed", age: 70 }]) // => [{ name: "Di", age: 18 }, { name: "Ed", age: 70 }]
 */
export function adults(people: { name: string; age: number }[]): { name: string; age: number }[] { throw new Error("todo"); }

/**
 * @example oldest([{ name: "Ada", age: 36 }, { name: "Bob", age: 52 }]) // => "Bob"
 * @example oldest([{ name: "Cy", age: 5 }, { name: "Di", age: 3 }, { name: "Ed", age: 4 }]) // => "Cy"
 */
export function oldest(people: { name: string; age: number }[]): string { throw new Error("todo"); }

/**
 * @example abs(-3) // => 3
 * @example abs(4) // => 4
 * @example abs(0) // => 0
 */
export function abs(x: number): number { throw new Error("todo"); }

/**
 * @example maskCard("1234567812345678") // => "************5678"
 * @example maskCard("4321432143214321") // => "************4321"
 */
export function maskCard(card: string): string { throw new Error("todo"); }

/**
 * @example countChar("banana", "a") // => 3
 * @example countChar("hello", "l") // => 2
 * @example countChar("xyz", "a") // => 0
 */
export function countChar(text: string, ch: string): number { throw new Error("todo"); }

/**
 * @example removeSpaces("a b c") // => "abc"
 * @example removeSpaces("hello world") // => "helloworld"
 * @example removeSpaces("x") // => "x"
 */
export function removeSpaces(s: string): string { throw new Error("todo"); }

/**
 * @example dedupe([1, 2, 2, 3, 1]) // => [1, 2, 3]
 * @example dedupe([5, 5]) // => [5]
 * @example dedupe([]) // => []
 */
export function dedupe(xs: number[]): number[] { throw new Error("todo"); }
