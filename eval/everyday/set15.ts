type Entry = { project: string; hours: number };
type Member = { name: string; role: string; active: boolean };

/**
 * @example isEmail("ann@example.com") // => true
 * @example isEmail("example.com") // => false
 * @example isEmail("bo@x") // => true
 */
export function isEmail(text: string): boolean { throw new Error("todo"); }

/**
 * @example countLabel(3, "apple") // => "3 apples"
 * @example countLabel(10, "cat") // => "10 cats"
 */
export function countLabel(n: number, noun: string): string { throw new Error("todo"); }

/**
 * @example wholeDollars(250) // => 2
 * @example wholeDollars(99) // => 0
 * @example wholeDollars(1000) // => 10
 */
export function wholeDollars(cents: number): number { throw new Error("todo"); }

/**
 * @example hashtagList(["js", "ts"]) // => "#js #ts"
 * @example hashtagList(["code"]) // => "#code"
 * @example hashtagList([]) // => ""
 */
export function hashtagList(tags: string[]): string { throw new Error("todo"); }

/**
 * @example isPositiveEven(4) // => true
 * @example isPositiveEven(3) // => false
 * @example isPositiveEven(-2) // => false
 * @example isPositiveEven(0) // => false
 */
export function isPositiveEven(n: number): boolean { throw new Error("todo"); }

/**
 * @example nonZero([0, 1, 0, 2]) // => [1, 2]
 * @example nonZero([5, -3]) // => [5, -3]
 * @example nonZero([0]) // => []
 */
export function nonZero(xs: number[]): number[] { throw new Error("todo"); }

/**
 * @example firstOrZero([7, 8]) // => 7
 * @example firstOrZero([]) // => 0
 * @example firstOrZero([3]) // => 3
 */
export function firstOrZero(xs: number[]): number { throw new Error("todo"); }

/**
 * @example bulletList(["milk", "eggs"]) // => "- milk\n- eggs"
 * @example bulletList(["tea"]) // => "- tea"
 */
export function bulletList(items: string[]): string { throw new Error("todo"); }

/**
 * @example totalHours([{ project: "a", hours: 3 }, { project: "b", hours: 5 }]) // => 8
 * @example totalHours([{ project: "c", hours: 1 }]) // => 1
 * @example totalHours([]) // => 0
 */
export function totalHours(entries: Entry[]): number { throw new Error("todo"); }

/**
 * @example hoursOn([{ project: "a", hours: 3 }, { project: "b", hours: 5 }, { project: "a", hours: 2 }], "a") // => 5
 * @example hoursOn([{ project: "x", hours: 4 }], "y") // => 0
 * @example hoursOn([{ project: "x", hours: 4 }, { project: "x", hours: 1 }], "x") // => 5
 */
export function hoursOn(entries: Entry[], project: string): number { throw new Error("todo"); }

/**
 * @example activeNames([{ name: "ann", role: "dev", active: true }, { name: "bo", role: "ops", active: false }]) // => ["ann"]
 * @example activeNames([{ name: "cy", role: "dev", active: true }, { name: "di", role: "dev", active: true }]) // => ["cy", "di"]
 */
export function activeNames(members: Member[]): string[] { throw new Error("todo"); }

/**
 * @example countWithRole([{ name: "ann", role: "dev", active: true }, { name: "bo", role: "ops", active: false }, { name: "cy", role: "dev", active: false }], "dev") // => 2
 * @example countWithRole([{ name: "ann", role: "dev", active: true }], "ops") // => 0
 */
export function countWithRole(members: Member[], role: string): number { throw new Error("todo"); }

/**
 * @example percentOf(1, 4) // => 25
 * @example percentOf(3, 10) // => 30
 * @example percentOf(2, 2) // => 100
 */
export function percentOf(part: number, whole: number): number { throw new Error("todo"); }

/**
 * @example yesNo(true) // => "yes"
 * @example yesNo(false) // => "no"
 */
export function yesNo(flag: boolean): string { throw new Error("todo"); }

/**
 * @example minutesPart(125) // => 2
 * @example minutesPart(3600) // => 0
 * @example minutesPart(3725) // => 2
 * @example minutesPart(59) // => 0
 */
export function minutesPart(seconds: number): number { throw new Error("todo"); }

/**
 * @example parentDir("src/app/main.ts") // => "src/app"
 * @example parentDir("a/b") // => "a"
 */
export function parentDir(path: string): string { throw new Error("todo"); }

/**
 * @example isOverBudget(120, 100) // => true
 * @example isOverBudget(80, 100) // => false
 * @example isOverBudget(100, 100) // => false
 */
export function isOverBudget(spent: number, budget: number): boolean { throw new Error("todo"); }

/**
 * @example monthAbbrev("January") // => "Jan"
 * @example monthAbbrev("October") // => "Oct"
 */
export function monthAbbrev(month: string): string { throw new Error("todo"); }

/**
 * @example dayOfMonth("2024-03-15") // => 15
 * @example dayOfMonth("1999-12-01") // => 1
 */
export function dayOfMonth(date: string): number { throw new Error("todo"); }

/**
 * @example lengthDifference("apple", "fig") // => 2
 * @example lengthDifference("a", "abc") // => -2
 * @example lengthDifference("", "") // => 0
 */
export function lengthDifference(a: string, b: string): number { throw new Error("todo"); }
