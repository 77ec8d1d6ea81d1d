// Turns the polymorphic operator table into the concrete operators one task can use: every type
// variable is bound to a type of the task's universe, and an instance is kept only when all of
// its types stay inside that universe (so the search never builds values no step can consume).
import { fieldOperator, OPERATORS, type Operator } from "./operators";
import { named, namedBy, wordForms } from "./words";
import { BOOLEAN, listOf, NUMBER, STRING, typeKey, type Task, type Type } from "./types";

export interface Instance {
  readonly op: Operator;
  readonly params: readonly Type[];
  readonly paramKeys: readonly string[];
  readonly result: Type;
  readonly resultKey: string;
}

function substitute(t: Type, binding: ReadonlyMap<string, Type>): Type {
  switch (t.kind) {
    case "var":
      return binding.get(t.name) ?? t;
    case "list":
      return listOf(substitute(t.element, binding));
    case "function":
      return { kind: "function", params: t.params.map((p) => substitute(p, binding)), result: substitute(t.result, binding) };
    case "record":
      return { kind: "record", fields: t.fields.map((f) => ({ name: f.name, type: substitute(f.type, binding) })) };
    default:
      return t;
  }
}

function collectVars(t: Type, into: Set<string>): void {
  if (t.kind === "var") into.add(t.name);
  else if (t.kind === "list") collectVars(t.element, into);
  else if (t.kind === "function") {
    t.params.forEach((p) => collectVars(p, into));
    collectVars(t.result, into);
  } else if (t.kind === "record") t.fields.forEach((f) => collectVars(f.type, into));
}

function collectTypes(t: Type, into: Map<string, Type>): void {
  into.set(typeKey(t), t);
  if (t.kind === "list") collectTypes(t.element, into);
  else if (t.kind === "record") t.fields.forEach((f) => collectTypes(f.type, into));
}

const isPrimitiveType = (t: Type) => t.kind === "string" || t.kind === "number" || t.kind === "boolean";

/** The types a task's programs may build: its own types, their parts, and a few staples. */
export function typeUniverse(task: Task): Type[] {
  const types = new Map<string, Type>();
  for (const p of task.params) collectTypes(p.type, types);
  collectTypes(task.returnType, types);
  collectTypes(NUMBER, types);
  collectTypes(BOOLEAN, types);
  const forms = wordForms(task.words ?? []);
  // A task of numbers works through strings where its words ask for an idiom on them:
  // `reverseNumber` reads its number's decimal digits backwards. Words that merely name a string
  // operator (length, index, start) are too common in number tasks to enlarge their search.
  const asksForStringIdiom = OPERATORS.some((op) => op.onlyWhenNamed && namedBy(op, forms) && op.params.some((t) => t.kind === "string"));
  const mentionsString = asksForStringIdiom || [...types.values()].some((t) => t.kind === "string");
  if (mentionsString) {
    // Strings are taken apart into words and put back together.
    collectTypes(STRING, types);
    collectTypes(listOf(STRING), types);
  }
  const mentionsList = [...types.values()].some((t) => t.kind === "list" && t.element.kind !== "string");
  // A task of numbers alone works through lists of numbers where its words name an operator on
  // them: `sumDigits` adds up a number's digits, `factorial` is a product of a range.
  const numbers = typeKey(listOf(NUMBER));
  const namesNumberList = OPERATORS.some((op) => !op.notEnumerated && namedBy(op, forms) && [...op.params, op.result].some((t) => typeKey(t) === numbers));
  if (mentionsList || namesNumberList) collectTypes(listOf(NUMBER), types);
  return [...types.values()];
}

/**
 * Every concrete operator instance for the universe, plus field access for its record types. The
 * operators and fields the task's `words` name are cheaper, and idioms are offered only when named.
 */
export function instantiateOperators(universe: readonly Type[], operators: readonly Operator[] = OPERATORS, words: readonly string[] = []): Instance[] {
  const forms = wordForms(words);
  const inUniverse = new Set(universe.map(typeKey));
  const fits = (t: Type): boolean =>
    t.kind === "function" ? t.params.every(fits) && fits(t.result) : inUniverse.has(typeKey(t));
  const out: Instance[] = [];
  for (const listed of operators) {
    if (listed.notEnumerated) continue;
    const isNamed = namedBy(listed, forms);
    if (listed.onlyWhenNamed && !isNamed) continue;
    const op = isNamed ? named(listed) : listed;
    const vars = new Set<string>();
    op.params.forEach((p) => collectVars(p, vars));
    collectVars(op.result, vars);
    const names = [...vars];
    const choices = names.map((n) =>
      op.primitiveVars?.includes(n) ? universe.filter(isPrimitiveType) : universe,
    );
    const binding = new Map<string, Type>();
    const visit = (i: number) => {
      if (i === names.length) {
        const params = op.params.map((p) => substitute(p, binding));
        const result = substitute(op.result, binding);
        if (params.every(fits) && fits(result)) {
          out.push({ op, params, paramKeys: params.map(typeKey), result, resultKey: typeKey(result) });
        }
        return;
      }
      for (const t of choices[i]) {
        binding.set(names[i], t);
        visit(i + 1);
      }
      binding.delete(names[i]);
    };
    visit(0);
  }
  for (const t of universe) {
    if (t.kind !== "record") continue;
    for (const f of t.fields) {
      if (!fits(f.type)) continue;
      const field = fieldOperator(t, f.name, f.type);
      const op = namedBy(field, forms) ? named(field) : field;
      out.push({ op, params: [t], paramKeys: [typeKey(t)], result: f.type, resultKey: typeKey(f.type) });
    }
  }
  return out;
}
