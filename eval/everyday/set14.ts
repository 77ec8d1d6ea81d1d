type Task = { title: string; done: boolean; priority: number };
type Product = { name: string; price: number; category: string };

/**
 * @example openTasks([{ title: "a", done: true, priority: 1 }, { title: "b", done: false, priority: 2 }]) // => ["b"]
 * @example openTasks([{ title: "x", done: false, priority: 3 }, { title: "y", done: false, priority: 1 }]) // => ["x", "y"]
 * @example openTasks([]) // => []
 */
export function openTasks(tasks: Task[]): string[] { throw new Error("todo"); }

/**
 * @example countDone([{ title: "a", done: true, priority: 1 }, { title: "b", done: false, priority: 2 }]) // => 1
 * @example countDone([{ title: "x", done: true, priority: 3 }, { title: "y", done: true, priority: 1 }]) // => 2
 * @example countDone([]) // => 0
 */
export function countDone(tasks: Task[]): number { throw new Error("todo"); }

/**
 * @example topPriority([{ title: "a", done: true, priority: 1 }, { title: "b", done: false, priority: 5 }, { title: "c", done: false, priority: 3 }]) // => "b"
 * @example topPriority([{ title: "x", done: false, priority: 9 }, { title: "y", done: false, priority: 1 }]) // => "x"
 */
export function topPriority(tasks: Task[]): string { throw new Error("todo"); }

/**
 * @example inCategory([{ name: "apple", price: 1, category: "fruit" }, { name: "kale", price: 3, category: "veg" }], "fruit") // => ["apple"]
 * @example inCategory([{ name: "pear", price: 2, category: "fruit" }, { name: "fig", price: 4, category: "fruit" }], "fruit") // => ["pear", "fig"]
 * @example inCategory([{ name: "leek", price: 2, category: "veg" }], "fruit") // => []
 */
export function inCategory(products: Product[], category: string): string[] { throw new Error("todo"); }

/**
 * @example totalPriceOf([{ name: "apple", price: 1, category: "fruit" }, { name: "kale", price: 3, category: "veg" }]) // => 4
 * @example totalPriceOf([{ name: "fig", price: 10, category: "fruit" }]) // => 10
 * @example totalPriceOf([]) // => 0
 */
export function totalPriceOf(products: Product[]): number { throw new Error("todo"); }

/**
 * @example priceLabel({ name: "apple", price: 3, category: "fruit" }) // => "apple: $3"
 * @example priceLabel({ name: "kale", price: 12, category: "veg" }) // => "kale: $12"
 */
export function priceLabel(product: Product): string { throw new Error("todo"); }

/**
 * @example sortedPrices([{ name: "a", price: 3, category: "x" }, { name: "b", price: 1, category: "x" }]) // => [1, 3]
 * @example sortedPrices([{ name: "c", price: 7, category: "y" }, { name: "d", price: 2, category: "y" }, { name: "e", price: 5, category: "y" }]) // => [2, 5, 7]
 */
export function sortedPrices(products: Product[]): number[] { throw new Error("todo"); }

/**
 * @example nonEmptyLines("a\n\nb") // => ["a", "b"]
 * @example nonEmptyLines("x") // => ["x"]
 * @example nonEmptyLines("\n\n") // => []
 */
export function nonEmptyLines(text: string): string[] { throw new Error("todo"); }

/**
 * @example sumOfFirstTwo([1, 2, 3]) // => 3
 * @example sumOfFirstTwo([5, 5]) // => 10
 * @example sumOfFirstTwo([10, -4, 100]) // => 6
 */
export function sumOfFirstTwo(xs: number[]): number { throw new Error("todo"); }

/**
 * @example everyOther("abcdef") // => "ace"
 * @example everyOther("xy") // => "x"
 * @example everyOther("hello") // => "hlo"
 */
export function everyOther(text: string): string { throw new Error("todo"); }

/**
 * @example wordCountOf("one two three") // => 3
 * @example wordCountOf("hi") // => 1
 * @example wordCountOf("a b") // => 2
 */
export function wordCountOf(sentence: string): number { throw new Error("todo"); }

/**
 * @example isLong("hello world", 5) // => true
 * @example isLong("hi", 5) // => false
 * @example isLong("abcde", 5) // => false
 */
export function isLong(text: string, limit: number): boolean { throw new Error("todo"); }

/**
 * @example squareAll([1, 2, 3]) // => [1, 4, 9]
 * @example squareAll([-2]) // => [4]
 * @example squareAll([]) // => []
 */
export function squareAll(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example lastThree([1, 2, 3, 4, 5]) // => [3, 4, 5]
 * @example lastThree([7, 8, 9]) // => [7, 8, 9]
 * @example lastThree([1, 2]) // => [1, 2]
 */
export function lastThree(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example toTitle("hello") // => "Hello"
 * @example toTitle("WORLD") // => "World"
 * @example toTitle("mIxEd") // => "Mixed"
 */
export function toTitle(word: string): string { throw new Error("todo"); }

/**
 * @example ageNextYear({ name: "Ann", age: 30 }) // => 31
 * @example ageNextYear({ name: "Bo", age: 0 }) // => 1
 */
export function ageNextYear(person: { name: string; age: number }): number { throw new Error("todo"); }

/**
 * @example repeatChar("ab", 2) // => "aabb"
 * @example repeatChar("xyz", 1) // => "xyz"
 * @example repeatChar("q", 3) // => "qqq"
 */
export function repeatChar(text: string, times: number): string { throw new Error("todo"); }

/**
 * @example hasAdmin(["bob", "admin", "eve"]) // => true
 * @example hasAdmin(["bob"]) // => false
 * @example hasAdmin([]) // => false
 */
export function hasAdmin(users: string[]): boolean { throw new Error("todo"); }

/**
 * @example median3(1, 5, 3) // => 3
 * @example median3(9, 2, 4) // => 4
 * @example median3(7, 7, 1) // => 7
 */
export function median3(a: number, b: number, c: number): number { throw new Error("todo"); }

/**
 * @example fileName("/usr/local/bin/node") // => "node"
 * @example fileName("a/b.txt") // => "b.txt"
 * @example fileName("plain") // => "plain"
 */
export function fileName(path: string): string { throw new Error("todo"); }
