// Tidying a program before it is printed: rewrites that change nothing it computes but make the
// code read as a person would write it. A library function expanded with `[]` or `0` as an
// argument leaves `[...[], x]` or `x + 0`; a literal the search did not offer whole is built from
// pieces (`"." + " "`, `1 + 9`). Every rewrite is an identity on every value.
import { OPERATOR_BY_NAME, type Operator, type UsedTypes } from "./operators";
import { apply, constant, lambda, type Program } from "./program";
import { BOOLEAN, listOf, NUMBER, type Type } from "./types";

/** The program with every operator application simplified, innermost first. */
export function tidy(p: Program): Program {
  switch (p.kind) {
    case "apply":
      return simplified(p.op, p.types, p.args.map(tidy));
    case "lambda":
      return { ...p, body: tidy(p.body) };
    default:
      return p;
  }
}

/** Longest string literal two literals are joined into; longer text reads better in pieces. */
const MAX_JOINED_TEXT = 40;

/** An application of `op` to `args` (already simplified), rewritten where that reads better. */
export function simplified(op: Operator, types: UsedTypes, args: readonly Program[]): Program {
  const [a, b] = args;
  switch (op.name) {
    case "append":
      if (isEmptyList(a)) return b;
      if (isEmptyList(b)) return a;
      // [y] ++ b is cons(y, b), the way a person writes a list that starts with one element.
      if (a.kind === "apply" && a.op.name === "singleton") return listBuilder("cons", a.args[0], b, types.result);
      break;
    case "snoc":
      if (isEmptyList(a)) return listBuilder("singleton", b, undefined, types.result);
      break;
    case "cons":
      if (isEmptyList(b)) return listBuilder("singleton", a, undefined, types.result);
      break;
    case "add":
      if (isLiteral(a, 0)) return b;
      if (isLiteral(b, 0)) return a;
      return folded(a, b, types.result, (x, y) => x + y) ?? apply(op, types, args);
    case "sub":
      if (isLiteral(b, 0)) return a;
      return folded(a, b, types.result, (x, y) => x - y) ?? apply(op, types, args);
    case "mul":
      if (isLiteral(a, 1)) return b;
      if (isLiteral(b, 1)) return a;
      return folded(a, b, types.result, (x, y) => x * y) ?? apply(op, types, args);
    case "concat":
      if (isLiteral(a, "")) return b;
      if (isLiteral(b, "")) return a;
      // "." + " " is ". "; so are (x + ".") + " " and "." + (" " + x): a run of pieces reads as one literal.
      if (a.kind === "apply" && a.op.name === "concat" && isString(a.args[1]) && isString(b)) {
        const joined = joinedText(a.args[1], b);
        if (joined) return simplified(op, types, [a.args[0], joined]);
      }
      if (isString(a) && b.kind === "apply" && b.op.name === "concat" && isString(b.args[0])) {
        const joined = joinedText(a, b.args[0]);
        if (joined) return simplified(op, types, [joined, b.args[1]]);
      }
      return (isString(a) && isString(b) && joinedText(a, b)) || apply(op, types, args);
    case "drop":
      if (isLiteral(b, 0)) return a;
      break;
    case "occurrences": {
      // How many items map to v is how many items pass the test `f(x) === v`: `members.filter((m)
      // => m.role === role).length`, not the roles mapped out and then counted.
      const counted = countedByTest(a, b);
      if (counted) return counted;
      break;
    }
  }
  return apply(op, types, args);
}

/** count(xs, (x) => f(x) === v) for occurrences(map(xs, f), v), where v reads no lambda's variable. */
function countedByTest(mapped: Program, value: Program): Program | undefined {
  if (mapped.kind !== "apply" || mapped.op.name !== "map" || readsVariable(value)) return undefined;
  const [items, f] = mapped.args;
  if (f.kind !== "lambda" || f.params.length !== 1) return undefined;
  const equals = OPERATOR_BY_NAME.get("equals")!;
  const test = lambda(f.params, apply(equals, { params: [value.type, value.type], result: BOOLEAN }, [f.body, value]));
  return apply(OPERATOR_BY_NAME.get("count")!, { params: [items.type, test.type], result: NUMBER }, [items, test]);
}

function readsVariable(p: Program): boolean {
  return p.kind === "var" || (p.kind === "apply" && p.args.some(readsVariable)) || (p.kind === "lambda" && readsVariable(p.body));
}

function isEmptyList(p: Program): boolean {
  return p.kind === "const" && Array.isArray(p.value) && p.value.length === 0;
}

function isLiteral(p: Program, value: number | string): boolean {
  return p.kind === "const" && p.value === value;
}

function isString(p: Program): p is Program & { kind: "const"; value: string } {
  return p.kind === "const" && typeof p.value === "string";
}

function joinedText(a: Program & { value: string }, b: Program & { value: string }): Program | undefined {
  const text = a.value + b.value;
  return text.length <= MAX_JOINED_TEXT ? constant(text, b.type) : undefined;
}

/** Two number literals computed into one (1 + 9 is 10), when the result is a small integer. */
function folded(a: Program, b: Program, type: Type, f: (x: number, y: number) => number): Program | undefined {
  if (a.kind !== "const" || b.kind !== "const" || typeof a.value !== "number" || typeof b.value !== "number") return undefined;
  const v = f(a.value, b.value);
  return Number.isSafeInteger(v) && Math.abs(v) <= 1_000_000 ? constant(v, type) : undefined;
}

/** singleton(x) or cons(x, rest), for a list of type `list`. */
function listBuilder(name: "singleton" | "cons", x: Program, rest: Program | undefined, list: Type): Program {
  const element = list.kind === "list" ? list.element : x.type;
  const op = OPERATOR_BY_NAME.get(name)!;
  return rest
    ? apply(op, { params: [element, listOf(element)], result: list }, [x, rest])
    : apply(op, { params: [element], result: list }, [x]);
}
