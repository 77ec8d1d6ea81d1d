// The words of a function's name and comment say which operators a person means: `countEvens`
// asks for a count and a test of evenness, `cheapest` for the smallest by a key. Operators (and
// record fields) a task's words name cost less, both in the order the search tries programs and
// in the ranking of those that fit: where the examples leave a choice, `xs.filter((x) => x % 2 ===
// 0).length` beats `xs.at(-1) - xs[1]`, which fits three examples by accident.
import type { Operator } from "./operators";

/** Bits an operator a task's words name costs less; the cheapest operator still costs 1. */
export const NAMED_OPERATOR_DISCOUNT = 2;

/** The forms a word may be the inflection of: `evens` is even, `sorted` sort, `reversed` reverse. */
export function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  const forms = [w];
  for (const ending of ["s", "es", "d", "ed", "ing"]) {
    if (w.length > ending.length + 2 && w.endsWith(ending)) forms.push(w.slice(0, -ending.length));
  }
  return forms;
}

/** Every base form of the given words, for matching against operators' words. */
export function wordForms(words: readonly string[]): Set<string> {
  return new Set(words.flatMap(baseForms));
}

/**
 * Field names shortened as people shorten them, with the word each stands for: `totalQuantity`
 * over items with a `qty` names that field as surely as one called `quantity`.
 */
const FIELD_ABBREVIATIONS: Readonly<Record<string, string>> = {
  qty: "quantity",
  amt: "amount",
  cnt: "count",
  num: "number",
  desc: "description",
  msg: "message",
  addr: "address",
  pct: "percent",
  avg: "average",
  idx: "index",
  len: "length",
  val: "value",
  img: "image",
  pwd: "password",
  dept: "department",
  temp: "temperature",
};

/** Whether the task's word forms name this operator: one of its words, or a record field's name. */
export function namedBy(op: Operator, forms: ReadonlySet<string>): boolean {
  if (op.name.startsWith("field:")) {
    const field = op.name.slice("field:".length).toLowerCase();
    const full = Object.prototype.hasOwnProperty.call(FIELD_ABBREVIATIONS, field) ? FIELD_ABBREVIATIONS[field] : undefined;
    return forms.has(field) || (full !== undefined && forms.has(full));
  }
  return op.words?.some((w) => forms.has(w)) ?? false;
}

/** The operator as a task whose words name it sees it: cheaper by NAMED_OPERATOR_DISCOUNT. */
export function named(op: Operator): Operator {
  return { ...op, cost: Math.max(1, op.cost - NAMED_OPERATOR_DISCOUNT) };
}
