/**
 * @example fileExtension("report.pdf") // => "pdf"
 * @example fileExtension("archive.tar.gz") // => "gz"
 * @example fileExtension("notes.txt") // => "txt"
 */
export function fileExtension(path: string): string { throw new Error("todo"); }

/**
 * @example baseName("/home/ada/notes.txt") // => "notes.txt"
 * @example baseName("/etc/hosts") // => "hosts"
 * @example baseName("/a/b/c/d.js") // => "d.js"
 */
export function baseName(path: string): string { throw new Error("todo"); }

/**
 * @example isPalindrome("racecar") // => true
 * @example isPalindrome("hello") // => false
 * @example isPalindrome("abba") // => true
 * @example isPalindrome("ab") // => false
 */
export function isPalindrome(word: string): boolean { throw new Error("todo"); }

/**
 * @example countWords("the quick brown fox") // => 4
 * @example countWords("hello") // => 1
 * @example countWords("a b") // => 2
 */
export function countWords(text: string): number { throw new Error("todo"); }

/**
 * @example acronym("portable network graphics") // => "PNG"
 * @example acronym("as soon as possible") // => "ASAP"
 * @example acronym("by the way") // => "BTW"
 */
export function acronym(phrase: string): string { throw new Error("todo"); }

/**
 * @example celsiusToFahrenheit(0) // => 32
 * @example celsiusToFahrenheit(100) // => 212
 * @example celsiusToFahrenheit(-40) // => -40
 * @example celsiusToFahrenheit(20) // => 68
 */
export function celsiusToFahrenheit(c: number): number { throw new Error("todo"); }

/**
 * @example clamp(5, 0, 10) // => 5
 * @example clamp(-3, 0, 10) // => 0
 * @example clamp(15, 0, 10) // => 10
 * @example clamp(7, 1, 4) // => 4
 */
export function clamp(x: number, low: number, high: number): number { throw new Error("todo"); }

/**
 * @example secondLargest([3, 9, 4, 7]) // => 7
 * @example secondLargest([1, 2]) // => 1
 * @example secondLargest([10, 8, 30, 20]) // => 20
 */
export function secondLargest(xs: number[]): number { throw new Error("todo"); }

/**
 * @example maxDifference([3, 9, 4, 7]) // => 6
 * @example maxDifference([5]) // => 0
 * @example maxDifference([10, 2, 30]) // => 28
 */
export function maxDifference(xs: number[]): number { throw new Error("todo"); }

/**
 * @example zeroPad(7) // => "007"
 * @example zeroPad(42) // => "042"
 * @example zeroPad(123) // => "123"
 */
export function zeroPad(n: number): string { throw new Error("todo"); }

/**
 * @example maskCard("1234567812345678") // => "************5678"
 * @example maskCard("4000123412341234") // => "************1234"
 * @example maskCard("9876") // => "9876"
 */
export function maskCard(card: string): string { throw new Error("todo"); }

/**
 * @example wordLengths("the quick fox") // => [3, 5, 3]
 * @example wordLengths("hi") // => [2]
 * @example wordLengths("a bb ccc") // => [1, 2, 3]
 */
export function wordLengths(text: string): number[] { throw new Error("todo"); }

/**
 * @example fizz(3) // => "Fizz"
 * @example fizz(5) // => "Buzz"
 * @example fizz(15) // => "FizzBuzz"
 * @example fizz(7) // => "7"
 * @example fizz(9) // => "Fizz"
 * @example fizz(10) // => "Buzz"
 * @example fizz(30) // => "FizzBuzz"
 * @example fizz(1) // => "1"
 */
export function fizz(n: number): string { throw new Error("todo"); }

/**
 * @example isLeapYear(2000) // => true
 * @example isLeapYear(1900) // => false
 * @example isLeapYear(2024) // => true
 * @example isLeapYear(2023) // => false
 * @example isLeapYear(2100) // => false
 * @example isLeapYear(1996) // => true
 */
export function isLeapYear(year: number): boolean { throw new Error("todo"); }

/**
 * @example digitCount(12345) // => 5
 * @example digitCount(7) // => 1
 * @example digitCount(100) // => 3
 */
export function digitCount(n: number): number { throw new Error("todo"); }

/**
 * @example reverseNumber(123) // => 321
 * @example reverseNumber(4005) // => 5004
 * @example reverseNumber(9) // => 9
 */
export function reverseNumber(n: number): number { throw new Error("todo"); }

/**
 * @example average([1, 2, 3]) // => 2
 * @example average([10, 20]) // => 15
 * @example average([4]) // => 4
 */
export function average(xs: number[]): number { throw new Error("todo"); }

/**
 * @example removeDuplicates([1, 2, 1, 3, 2]) // => [1, 2, 3]
 * @example removeDuplicates([5, 5, 5]) // => [5]
 * @example removeDuplicates([4, 3]) // => [4, 3]
 */
export function removeDuplicates(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example capitalize("hello") // => "Hello"
 * @example capitalize("world wide") // => "World wide"
 * @example capitalize("a") // => "A"
 */
export function capitalize(s: string): string { throw new Error("todo"); }

/**
 * @example chunkPairs([1, 2, 3, 4]) // => [3, 7]
 * @example chunkPairs([5, 5]) // => [10]
 * @example chunkPairs([1, 0, 2, 0, 3, 0]) // => [1, 2, 3]
 */
export function chunkPairs(xs: number[]): number[] { throw new Error("todo"); }
