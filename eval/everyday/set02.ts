/**
 * @example reverseWords("hello big world") // => "world big hello"
 * @example reverseWords("a b") // => "b a"
 * @example reverseWords("one") // => "one"
 */
export function reverseWords(s: string): string { throw new Error("todo"); }

/**
 * @example titleCase("hello world") // => "Hello World"
 * @example titleCase("the big cat") // => "The Big Cat"
 * @example titleCase("x") // => "X"
 */
export function titleCase(s: string): string { throw new Error("todo"); }

/**
 * @example isSorted([1, 2, 3]) // => true
 * @example isSorted([3, 1, 2]) // => false
 * @example isSorted([5, 5, 6]) // => true
 * @example isSorted([9, 4]) // => false
 */
export function isSorted(xs: number[]): boolean { throw new Error("todo"); }

/**
 * @example product([2, 3, 4]) // => 24
 * @example product([5]) // => 5
 * @example product([1, 7, 2]) // => 14
 */
export function product(xs: number[]): number { throw new Error("todo"); }

/**
 * @example countEvens([1, 2, 3, 4]) // => 2
 * @example countEvens([7, 9]) // => 0
 * @example countEvens([2, 2, 8, 5]) // => 3
 */
export function countEvens(xs: number[]): number { throw new Error("todo"); }

/**
 * @example positives([-1, 2, -3, 4]) // => [2, 4]
 * @example positives([5, -5]) // => [5]
 * @example positives([-2]) // => []
 */
export function positives(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example doubled([1, 2, 3]) // => [2, 4, 6]
 * @example doubled([10]) // => [20]
 * @example doubled([0, 5]) // => [0, 10]
 */
export function doubled(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example lengths(["a", "bcd", "ef"]) // => [1, 3, 2]
 * @example lengths(["hello"]) // => [5]
 */
export function lengths(words: string[]): number[] { throw new Error("todo"); }

/**
 * @example longestWord(["a", "abcd", "ab"]) // => "abcd"
 * @example longestWord(["xyz", "q"]) // => "xyz"
 * @example longestWord(["hi", "there", "you"]) // => "there"
 */
export function longestWord(words: string[]): string { throw new Error("todo"); }

/**
 * @example shout("hi") // => "HI!"
 * @example shout("stop") // => "STOP!"
 */
export function shout(s: string): string { throw new Error("todo"); }

/**
 * @example lastN([1, 2, 3, 4], 2) // => [3, 4]
 * @example lastN([5, 6, 7], 1) // => [7]
 * @example lastN([8, 9], 2) // => [8, 9]
 */
export function lastN(xs: number[], n: number): number[] { throw new Error("todo"); }

/**
 * @example contains([1, 2, 3], 2) // => true
 * @example contains([1, 2, 3], 5) // => false
 * @example contains([], 1) // => false
 */
export function contains(xs: number[], x: number): boolean { throw new Error("todo"); }

/**
 * @example minMaxDiff([3, 9, 1]) // => 8
 * @example minMaxDiff([5, 5]) // => 0
 * @example minMaxDiff([10, 2, 7]) // => 8
 */
export function minMaxDiff(xs: number[]): number { throw new Error("todo"); }

/**
 * @example sign(5) // => 1
 * @example sign(-3) // => -1
 * @example sign(0) // => 0
 * @example sign(12) // => 1
 * @example sign(-8) // => -1
 */
export function sign(x: number): number { throw new Error("todo"); }

/**
 * @example square(3) // => 9
 * @example square(-4) // => 16
 * @example square(0) // => 0
 */
export function square(x: number): number { throw new Error("todo"); }

/**
 * @example isMultipleOfThree(9) // => true
 * @example isMultipleOfThree(10) // => false
 * @example isMultipleOfThree(3) // => true
 * @example isMultipleOfThree(4) // => false
 * @example isMultipleOfThree(12) // => true
 * @example isMultipleOfThree(7) // => false
 */
export function isMultipleOfThree(n: number): boolean { throw new Error("todo"); }

/**
 * @example fullName("Ada", "Lovelace") // => "Ada Lovelace"
 * @example fullName("Alan", "Turing") // => "Alan Turing"
 */
export function fullName(first: string, last: string): string { throw new Error("todo"); }

/**
 * @example lastInitial("Ada", "Lovelace") // => "Ada L."
 * @example lastInitial("Alan", "Turing") // => "Alan T."
 */
export function lastInitial(first: string, last: string): string { throw new Error("todo"); }

/**
 * @example firstWord("hello big world") // => "hello"
 * @example firstWord("one") // => "one"
 * @example firstWord("ab cd") // => "ab"
 */
export function firstWord(s: string): string { throw new Error("todo"); }

/**
 * @example stripPrefix("Mr. Smith") // => "Smith"
 * @example stripPrefix("Mr. Jones") // => "Jones"
 */
export function stripPrefix(s: string): string { throw new Error("todo"); }

/**
 * @example wordCount(["a", "b"]) // => 2
 * @example wordCount([]) // => 0
 * @example wordCount(["x", "y", "z"]) // => 3
 */
export function wordCount(words: string[]): number { throw new Error("todo"); }

/**
 * @example joinComma(["a", "b", "c"]) // => "a, b, c"
 * @example joinComma(["x"]) // => "x"
 * @example joinComma(["hi", "yo"]) // => "hi, yo"
 */
export function joinComma(words: string[]): string { throw new Error("todo"); }

/**
 * @example csvFields("a,b,c") // => ["a", "b", "c"]
 * @example csvFields("x") // => ["x"]
 * @example csvFields("1,22") // => ["1", "22"]
 */
export function csvFields(line: string): string[] { throw new Error("todo"); }

/**
 * @example sumDigits(123) // => 6
 * @example sumDigits(9) // => 9
 * @example sumDigits(505) // => 10
 */
export function sumDigits(n: number): number { throw new Error("todo"); }

/**
 * @example countUpper("Hello World") // => 2
 * @example countUpper("abc") // => 0
 * @example countUpper("ABc") // => 2
 */
export function countUpper(s: string): number { throw new Error("todo"); }

/**
 * @example removeVowels("hello") // => "hll"
 * @example removeVowels("banana") // => "bnn"
 * @example removeVowels("sky") // => "sky"
 */
export function removeVowels(s: string): string { throw new Error("todo"); }

/**
 * @example middle([1, 2, 3]) // => 2
 * @example middle([4, 5, 6, 7, 8]) // => 6
 * @example middle([9]) // => 9
 */
export function middle(xs: number[]): number { throw new Error("todo"); }

/**
 * @example rotateLeft([1, 2, 3]) // => [2, 3, 1]
 * @example rotateLeft([4, 5]) // => [5, 4]
 * @example rotateLeft([7, 8, 9, 10]) // => [8, 9, 10, 7]
 */
export function rotateLeft(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example firstAndLast([1, 2, 3]) // => [1, 3]
 * @example firstAndLast([4, 5, 6, 7]) // => [4, 7]
 * @example firstAndLast([8, 9]) // => [8, 9]
 */
export function firstAndLast(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example half(10) // => 5
 * @example half(7) // => 3
 * @example half(1) // => 0
 */
export function half(x: number): number { throw new Error("todo"); }

/**
 * @example isLongerThan("hello", 3) // => true
 * @example isLongerThan("hi", 3) // => false
 * @example isLongerThan("abc", 3) // => false
 */
export function isLongerThan(s: string, n: number): boolean { throw new Error("todo"); }

/**
 * @example cheapItems([{name: "pen", price: 2}, {name: "book", price: 20}]) // => ["pen"]
 * @example cheapItems([{name: "cup", price: 5}, {name: "tv", price: 300}, {name: "gum", price: 1}]) // => ["cup", "gum"]
 */
export function cheapItems(items: {name: string, price: number}[]): string[] { throw new Error("todo"); }

/**
 * @example priceOf({name: "pen", price: 2}) // => 2
 * @example priceOf({name: "book", price: 20}) // => 20
 */
export function priceOf(item: {name: string, price: number}): number { throw new Error("todo"); }

/**
 * @example totalPrice([{name: "pen", price: 2}, {name: "book", price: 20}]) // => 22
 * @example totalPrice([{name: "cup", price: 5}]) // => 5
 * @example totalPrice([]) // => 0
 */
export function totalPrice(items: {name: string, price: number}[]): number { throw new Error("todo"); }

/**
 * @example cheapest([{name: "pen", price: 2}, {name: "book", price: 20}]) // => "pen"
 * @example cheapest([{name: "tv", price: 300}, {name: "gum", price: 1}, {name: "cup", price: 5}]) // => "gum"
 */
export function cheapest(items: {name: string, price: number}[]): string { throw new Error("todo"); }

/**
 * @example zeroPad2(5) // => "05"
 * @example zeroPad2(12) // => "12"
 * @example zeroPad2(0) // => "00"
 */
export function zeroPad2(n: number): string { throw new Error("todo"); }

/**
 * @example ordinalSuffix(1) // => "1st"
 * @example ordinalSuffix(2) // => "2nd"
 * @example ordinalSuffix(3) // => "3rd"
 * @example ordinalSuffix(4) // => "4th"
 * @example ordinalSuffix(11) // => "11th"
 */
export function ordinalSuffix(n: number): string { throw new Error("todo"); }

/**
 * @example tail([1, 2, 3]) // => [2, 3]
 * @example tail([5]) // => []
 * @example tail([4, 4]) // => [4]
 */
export function tail(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example maxIndex([1, 5, 3]) // => 1
 * @example maxIndex([9, 2]) // => 0
 * @example maxIndex([0, 1, 2, 8]) // => 3
 */
export function maxIndex(xs: number[]): number { throw new Error("todo"); }

/**
 * @example everyPositive([1, 2]) // => true
 * @example everyPositive([1, -2]) // => false
 * @example everyPositive([-5, 3]) // => false
 * @example everyPositive([7]) // => true
 */
export function everyPositive(xs: number[]): boolean { throw new Error("todo"); }
