// Everyday string functions, written as stubs with examples. Try:
//   npx grimoire synth examples/strings.ts
//   npx grimoire synth examples/strings.ts --write   (fills the bodies in place)

/**
 * Capitalizes every word.
 * @example titleCase("hello world") // => "Hello World"
 * @example titleCase("the quick brown fox") // => "The Quick Brown Fox"
 */
export function titleCase(text: string): string {
  throw new Error("not implemented");
}

/**
 * The domain of an e-mail address.
 * @example emailDomain("ada@lovelace.org") // => "lovelace.org"
 * @example emailDomain("grace.hopper@navy.mil") // => "navy.mil"
 */
export function emailDomain(email: string): string {
  throw new Error("not implemented");
}

/**
 * Initials with dots.
 * @example
 * initials("Ada Lovelace")
 * // => "A.L."
 * @example
 * initials("Grace Hopper")
 * // => "G.H."
 */
export function initials(name: string): string {
  throw new Error("not implemented");
}

// slug("Hello World") => "hello-world"
// slug("Grimoire Writes Code") => "grimoire-writes-code"
export const slug = (title: string): string => {
  throw new Error("not implemented");
};
