// Everyday string helpers (held-out evaluation set for `grimoire synth`).

/**
 * Upper-cases the first letter of a word.
 * @example capitalize("hello") // => "Hello"
 * @example capitalize("world") // => "World"
 */
export function capitalize(word: string): string {
  throw new Error("todo");
}

/**
 * The extension of a file name, without the dot.
 * @example fileExtension("report.pdf") // => "pdf"
 * @example fileExtension("photo.jpeg") // => "jpeg"
 * @example fileExtension("archive.tar.gz") // => "gz"
 */
export function fileExtension(fileName: string): string {
  throw new Error("todo");
}

/**
 * Host name of a URL.
 * @example
 * urlHost("https://example.com/about")
 * // => "example.com"
 * @example
 * urlHost("http://news.ycombinator.com/item?id=1")
 * // => "news.ycombinator.com"
 * @example
 * urlHost("https://github.com/")
 * // => "github.com"
 */
export function urlHost(url: string): string {
  throw new Error("todo");
}

/**
 * Pads an order number with zeros to three digits.
 * @example zeroPad(7) // => "007"
 * @example zeroPad(42) // => "042"
 * @example zeroPad(123) // => "123"
 */
export function zeroPad(n: number): string {
  throw new Error("todo");
}

// lastName("Ada Lovelace") => "Lovelace"
// lastName("Alan Mathison Turing") => "Turing"
export function lastName(fullName: string): string {
  throw new Error("todo");
}

/**
 * "First Last" to "Last, First" for sorted listings.
 * @example sortableName("Ada Lovelace") // => "Lovelace, Ada"
 * @example sortableName("Grace Hopper") // => "Hopper, Grace"
 */
export function sortableName(name: string): string {
  throw new Error("todo");
}

/**
 * How many vowels a word has.
 * @example countVowels("banana") // => 3
 * @example countVowels("sky") // => 0
 * @example countVowels("education") // => 5
 */
export function countVowels(text: string): number {
  throw new Error("todo");
}

// snakeToCamel("user_id") => "userId"
// snakeToCamel("created_at_time") => "createdAtTime"
// snakeToCamel("name") => "name"
export const snakeToCamel = (name: string): string => {
  throw new Error("todo");
};

/**
 * Normalizes a tag typed by a user.
 * @example normalizeTag("  JavaScript ") // => "javascript"
 * @example normalizeTag("Rust") // => "rust"
 * @example normalizeTag(" web dev") // => "web dev"
 */
export function normalizeTag(tag: string): string {
  throw new Error("todo");
}

/**
 * The user part of an e-mail address.
 * @example
 * emailUser("ada@lovelace.org")
 * // => "ada"
 * @example
 * emailUser("grace.hopper@navy.mil")
 * // => "grace.hopper"
 */
export function emailUser(email: string): string {
  throw new Error("todo");
}

/**
 * Shortens text to at most `max` characters, adding "..." when cut.
 * @example truncate("Hello world", 5) // => "Hello..."
 * @example truncate("Hi", 5) // => "Hi"
 * @example truncate("Grimoire", 4) // => "Grim..."
 */
export function truncate(text: string, max: number): string {
  throw new Error("todo");
}

/**
 * Hides all but the last four digits of a card number.
 * @example maskCard("1234567812345678") // => "************5678"
 * @example maskCard("4111111111111111") // => "************1111"
 * @example maskCard("378282246310005") // => "***********0005"
 */
export function maskCard(card: string): string {
  throw new Error("todo");
}

// baseName("/home/ada/notes.txt") => "notes.txt"
// baseName("src/index.ts") => "index.ts"
// baseName("/etc/hosts") => "hosts"
function baseName(path: string): string {
  throw new Error("todo");
}

/**
 * Word count of a sentence.
 * @example wordCount("the quick brown fox") // => 4
 * @example wordCount("hello") // => 1
 * @example wordCount("to be or not to be") // => 6
 */
export function wordCount(sentence: string): number {
  throw new Error("todo");
}

/**
 * Whether a link is secure.
 * @example isSecure("https://example.com") // => true
 * @example isSecure("http://example.com") // => false
 * @example isSecure("ftp://files.example.com") // => false
 */
export function isSecure(url: string): boolean {
  throw new Error("todo");
}
