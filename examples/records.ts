// Functions over records. Try: npx grimoire synth examples/records.ts

interface Person {
  first: string;
  last: string;
  age: number;
}

/**
 * @example fullName({ first: "Ada", last: "Lovelace", age: 36 }) // => "Ada Lovelace"
 * @example fullName({ first: "Alan", last: "Turing", age: 41 }) // => "Alan Turing"
 */
function fullName(person: Person): string {
  throw new Error("not implemented");
}

/**
 * @example isAdult({ first: "Ada", last: "Lovelace", age: 36 }) // => true
 * @example isAdult({ first: "Tim", last: "Berners-Lee", age: 12 }) // => false
 * @example isAdult({ first: "Kid", last: "Coder", age: 17 }) // => false
 * @example isAdult({ first: "Grace", last: "Hopper", age: 18 }) // => true
 */
function isAdult(person: Person): boolean {
  throw new Error("not implemented");
}

/**
 * @example adultNames([{ first: "Ada", last: "Lovelace", age: 36 }, { first: "Tim", last: "Berners-Lee", age: 12 }]) // => ["Ada"]
 * @example adultNames([{ first: "Kid", last: "Coder", age: 17 }, { first: "Grace", last: "Hopper", age: 18 }, { first: "Alan", last: "Turing", age: 41 }]) // => ["Grace", "Alan"]
 * @example adultNames([{ first: "Bo", last: "Peep", age: 3 }]) // => []
 */
function adultNames(people: Person[]): string[] {
  throw new Error("not implemented");
}
