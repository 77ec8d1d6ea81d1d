// Functions over records (held-out evaluation set for `grimoire synth`).

interface Product {
  name: string;
  price: number;
  stock: number;
}

interface User {
  name: string;
  email: string;
  age: number;
}

/**
 * @example inStock({ name: "Mug", price: 8, stock: 3 }) // => true
 * @example inStock({ name: "Lamp", price: 40, stock: 0 }) // => false
 */
function inStock(product: Product): boolean {
  throw new Error("todo");
}

/**
 * Value of the units on hand.
 * @example stockValue({ name: "Mug", price: 8, stock: 3 }) // => 24
 * @example stockValue({ name: "Lamp", price: 40, stock: 0 }) // => 0
 * @example stockValue({ name: "Pen", price: 2, stock: 50 }) // => 100
 */
function stockValue(product: Product): number {
  throw new Error("todo");
}

/**
 * @example productLabel({ name: "Mug", price: 8, stock: 3 }) // => "Mug (3 left)"
 * @example productLabel({ name: "Desk Lamp", price: 40, stock: 12 }) // => "Desk Lamp (12 left)"
 */
function productLabel(product: Product): string {
  throw new Error("todo");
}

/**
 * Products from 100 up count as premium.
 * @example isPremium({ name: "Chair", price: 150, stock: 2 }) // => true
 * @example isPremium({ name: "Mug", price: 8, stock: 3 }) // => false
 * @example isPremium({ name: "Shelf", price: 100, stock: 1 }) // => true
 * @example isPremium({ name: "Rug", price: 99, stock: 4 }) // => false
 */
function isPremium(product: Product): boolean {
  throw new Error("todo");
}

// totalStock([{ name: "Mug", price: 8, stock: 3 }, { name: "Pen", price: 2, stock: 50 }]) => 53
// totalStock([{ name: "Lamp", price: 40, stock: 0 }]) => 0
// totalStock([]) => 0
function totalStock(products: Product[]): number {
  throw new Error("todo");
}

/**
 * @example
 * contactLine({ name: "Ada", email: "ada@lovelace.org", age: 36 })
 * // => "Ada <ada@lovelace.org>"
 * @example
 * contactLine({ name: "Grace", email: "grace@navy.mil", age: 45 })
 * // => "Grace <grace@navy.mil>"
 */
function contactLine(user: User): string {
  throw new Error("todo");
}

/**
 * @example canVote({ name: "Ada", email: "ada@lovelace.org", age: 36 }) // => true
 * @example canVote({ name: "Tim", email: "tim@example.com", age: 17 }) // => false
 * @example canVote({ name: "Sam", email: "sam@example.com", age: 18 }) // => true
 */
function canVote(user: User): boolean {
  throw new Error("todo");
}

/**
 * The domain a user's e-mail is at.
 * @example userDomain({ name: "Ada", email: "ada@lovelace.org", age: 36 }) // => "lovelace.org"
 * @example userDomain({ name: "Grace", email: "grace@navy.mil", age: 45 }) // => "navy.mil"
 */
function userDomain(user: User): string {
  throw new Error("todo");
}
