/**
 * @example formatPrice(5) // => "$5.00"
 * @example formatPrice(12) // => "$12.00"
 */
export function formatPrice(dollars) { throw new Error("todo"); }

/**
 * @example maskPhone("555-123-4567") // => "***-***-4567"
 * @example maskPhone("212-555-0000") // => "***-***-0000"
 */
export function maskPhone(phone) { throw new Error("todo"); }

/**
 * @example countTrue([true, false, true]) // => 2
 * @example countTrue([false]) // => 0
 * @example countTrue([]) // => 0
 */
export function countTrue(flags) { throw new Error("todo"); }

/**
 * @example allEqual([1, 1, 1]) // => true
 * @example allEqual([1, 2, 1]) // => false
 * @example allEqual([5]) // => true
 * @example allEqual([3, 3, 4]) // => false
 */
export function allEqual(xs) { throw new Error("todo"); }

/**
 * @example padRight("ab", 4) // => "ab  "
 * @example padRight("xyz", 5) // => "xyz  "
 */
export function padRight(s, width) { throw new Error("todo"); }

/**
 * @example wordCount("one two three") // => 3
 * @example wordCount("hi") // => 1
 */
export function wordCount(text) { throw new Error("todo"); }

/**
 * @example toSnake("helloWorld") // => "hello_world"
 * @example toSnake("myVarName") // => "my_var_name"
 * @example toSnake("x") // => "x"
 */
export function toSnake(name) { throw new Error("todo"); }

/**
 * @example sumBetween(1, 4) // => 10
 * @example sumBetween(3, 3) // => 3
 * @example sumBetween(2, 5) // => 14
 */
export function sumBetween(a, b) { throw new Error("todo"); }

/**
 * @example lastIndexOf([1, 2, 1, 3], 1) // => 2
 * @example lastIndexOf([5, 5], 5) // => 1
 * @example lastIndexOf([7, 8, 9], 7) // => 0
 */
export function lastIndexOf(xs, x) { throw new Error("todo"); }

/**
 * @example halves([4, 8, 10]) // => [2, 4, 5]
 * @example halves([2]) // => [1]
 */
export function halves(xs) { throw new Error("todo"); }

/**
 * @example nth([10, 20, 30], 1) // => 20
 * @example nth([5, 6], 0) // => 5
 */
export function nth(xs, n) { throw new Error("todo"); }

/**
 * @example endsWithS("cats") // => true
 * @example endsWithS("dog") // => false
 * @example endsWithS("bus") // => true
 */
export function endsWithS(word) { throw new Error("todo"); }

/**
 * @example swapPair([1, 2]) // => [2, 1]
 * @example swapPair([7, 3]) // => [3, 7]
 */
export function swapPair(pair) { throw new Error("todo"); }

/**
 * @example ageGroup(5) // => "child"
 * @example ageGroup(15) // => "teen"
 * @example ageGroup(30) // => "adult"
 * @example ageGroup(12) // => "child"
 * @example ageGroup(19) // => "teen"
 * @example ageGroup(45) // => "adult"
 */
export function ageGroup(age) { throw new Error("todo"); }

/**
 * @example trimAll(["  a", "b  ", " c "]) // => ["a", "b", "c"]
 * @example trimAll(["x"]) // => ["x"]
 */
export function trimAll(strings) { throw new Error("todo"); }
