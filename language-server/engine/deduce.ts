// Cheap deduction (in the manner of λ²): when the examples' shape shows that the output is made
// element by element from an input list, or word by word from an input string, the problem splits
// into a smaller one about a single element, whose examples are read off the original ones.
import { ERR, fieldOperator, OPERATOR_BY_NAME, type Operator } from "./operators";
import { apply, constant, lambda, lambdaVar, operatorsOf, param, type Program } from "./program";
import { BOOLEAN, fnOf, listOf, NUMBER, STRING, typeKey, valuesEqual, type Example, type Task, type Type, type Value } from "./types";
import { namedBy, wordForms } from "./words";

/** A smaller task, and how to turn its solution back into a program for the original task. */
export interface Deduction {
  readonly name: string;
  readonly task: Task;
  readonly rebuild: (body: Program) => Program | undefined;
  /**
   * A deduction that only refines an earlier one: it runs unless that one's sub-task programs
   * show it is not needed (`needed` is given them, none when it found nothing).
   */
  readonly refines?: { readonly deduction: Deduction; readonly needed: (found: readonly Program[]) => boolean };
  /** The share of the whole task's time its sub-task may have, where less than the usual is enough. */
  readonly share?: number;
  /** Whether its sub-task falls into cases from the start, whatever it returns: which characters get text put before them. */
  readonly cases?: boolean;
}

const MAX_SUB_EXAMPLES = 24;

/**
 * Rewrites a sub-task program (parameter 0 is the element; with `bound` 2, parameter 1 is its
 * position or its neighbour) into a lambda body over the original parameters: those become the
 * lambda's variables, the other parameters shift down. Inside a nested lambda the element cannot
 * be reached (the interpreter binds the innermost lambda's variables only), so a program that
 * needs it there is not rewritten.
 */
function asLambdaBody(p: Program, nested = false, bound = 1): Program | undefined {
  switch (p.kind) {
    case "param":
      if (p.index >= bound) return param(p.index - bound, p.type);
      return nested ? undefined : lambdaVar(p.index, p.type);
    case "apply": {
      const args: Program[] = [];
      for (const a of p.args) {
        const rewritten = asLambdaBody(a, nested, bound);
        if (!rewritten) return undefined;
        args.push(rewritten);
      }
      return apply(p.op, p.types, args);
    }
    case "lambda": {
      const body = asLambdaBody(p.body, true, bound);
      return body && lambda(p.params, body);
    }
    default:
      return p;
  }
}

function dedupe(examples: Example[]): Example[] | undefined {
  const seen = new Map<string, Value>();
  const out: Example[] = [];
  for (const ex of examples) {
    const k = JSON.stringify(ex.inputs);
    const prev = seen.get(k);
    if (prev !== undefined) {
      if (!valuesEqual(prev, ex.output)) return undefined; // the same element maps to two outputs
      continue;
    }
    seen.set(k, ex.output);
    out.push(ex);
  }
  return out.slice(0, MAX_SUB_EXAMPLES);
}

/**
 * A sub-task whose inputs are the element (and the `extra` inputs given), then the task's own.
 * `explained` is the part of the whole program the deduction already fixed (the field a filter's
 * items are mapped to): the task's words that name its operators are spent on it, so they do not
 * make the sub-task's program cheaper too (`sumQty(items, name)` sums the qty field of the items
 * named `name`; its predicate is `x.name === name`, not `x.qty > 1`).
 */
function subTask(
  task: Task,
  name: string,
  elementName: string,
  elementType: Type,
  returnType: Type,
  examples: Example[],
  extra: Task["params"] = [],
  explained?: Program,
): Task | undefined {
  const unique = dedupe(examples);
  if (!unique || unique.length < 2) return undefined;
  const spent = explained ? [...operatorsOf(explained).values()] : [];
  return {
    name: `${task.name}_${name}`,
    params: [{ name: elementName, type: elementType }, ...extra, ...task.params],
    returnType,
    examples: unique,
    constants: task.constants,
    words: task.words?.filter((w) => !spent.some((op) => namedBy(op, wordForms([w])))),
  };
}

/** Separators a string input is split by into the items the list deductions read (words, fields). */
const ITEM_SEPARATORS = [" ", ",", ";", "\n"];

/**
 * The deductions for a task, from the shape of its examples. `only` limits them to one parameter
 * (the words of a string input, below).
 */
export function deductions(task: Task, only?: number): Deduction[] {
  const out: Deduction[] = [];
  const map = OPERATOR_BY_NAME.get("map")!;
  const mapIndexed = OPERATOR_BY_NAME.get("mapIndexed")!;
  const zipWith = OPERATOR_BY_NAME.get("zipWith")!;
  const flatMap = OPERATOR_BY_NAME.get("flatMap")!;
  const filter = OPERATOR_BY_NAME.get("filter")!;
  const filterIndexed = OPERATOR_BY_NAME.get("filterIndexed")!;
  const { examples } = task;
  const ret = task.returnType;
  // Deductions that go after all the others.
  const last: Deduction[] = [];

  task.params.forEach((p, index) => {
    if (only !== undefined && index !== only) return;
    // Output list lines up with an input list: map.
    if (p.type.kind === "list" && ret.kind === "list") {
      const list = p.type;
      const a = list.element;
      const b = ret.element;
      const input = (ex: Example) => ex.inputs[index] as Value[];
      const aligned = examples.every((ex) => input(ex).length === (ex.output as Value[]).length);
      const nonTrivial = examples.some((ex) => (ex.output as Value[]).length > 0);
      if (aligned && nonTrivial) {
        const sub: Example[] = [];
        for (const ex of examples) input(ex).forEach((x, i) => sub.push({ inputs: [x, ...ex.inputs], output: (ex.output as Value[])[i] }));
        const t = subTask(task, "element", "x", a, b, sub);
        const plainMap: Deduction | undefined = t && {
          name: "map",
          task: t,
          rebuild: (body) => {
            const inner = asLambdaBody(body);
            return inner && apply(map, { params: [list, fnOf([a], b)], result: ret }, [param(index, list), lambda([a], inner)]);
          },
        };
        if (plainMap) out.push(plainMap);
        // What the plain map found does not settle the element: nothing, or a program that reads the whole list.
        const elementNotEnough = (found: readonly Program[]) => found.length === 0 || found.some((body) => readsParam(body, index + 1));
        // The same with the element's position as an input too (numbering lines, running sums).
        // Its sub-task is larger, so it runs only where the element alone did not say what it
        // becomes: the plain map found nothing, or what it found reads the whole list, as
        // `lines.indexOf(w)` does to number lines (and numbers a repeated line wrongly).
        const indexed: Example[] = [];
        for (const ex of examples) input(ex).forEach((x, i) => indexed.push({ inputs: [x, i, ...ex.inputs], output: (ex.output as Value[])[i] }));
        const ti = subTask(task, "element_at", "x", a, b, indexed, [{ name: "i", type: NUMBER }]);
        if (ti)
          out.push({
            name: "map with positions",
            task: ti,
            rebuild: (body) => {
              // A body that never reads the position is the plain map's.
              if (!readsParam(body, 1)) return undefined;
              const inner = asLambdaBody(body, false, 2);
              return inner && apply(mapIndexed, { params: [list, fnOf([a, NUMBER], b)], result: ret }, [param(index, list), lambda([a, NUMBER], inner)]);
            },
            refines: plainMap && { deduction: plainMap, needed: elementNotEnough },
          });
        // Each output number made from the input's items up to it (running totals, the highest so
        // far): a map over the prefixes, whose item is a smaller task over one prefix. Like the map
        // with positions, it runs only where the element alone did not say what it becomes, and
        // after every other deduction, which it would otherwise take time from.
        // Outputs that are their inputs' items reordered (sorted by a key, rotated) are no running
        // anything: the time goes to the searches that build reorderings.
        const running = b.kind === "number" && examples.some((ex) => input(ex).length > 1) && !examples.every((ex) => sameItems(input(ex), ex.output as Value[]));
        const prefixes: Example[] = [];
        if (running) for (const ex of examples) input(ex).forEach((_, i) => prefixes.push({ inputs: [input(ex).slice(0, i + 1), ...ex.inputs], output: (ex.output as Value[])[i] }));
        const tp = running ? subTask(task, "prefix", "prefix", list, b, prefixes) : undefined;
        if (tp)
          last.push({
            name: "map over prefixes",
            task: tp,
            rebuild: (body) => {
              // A body that reads of the prefix only its last item (the element) or its length
              // (the position) is the plain map's or the map with positions' business.
              if (!readsWholePrefix(body)) return undefined;
              // The prefix is `xs.slice(0, i + 1)`, `i` the map's position: a parameter for it goes in after the prefix's.
              const position = param(1, NUMBER);
              const end = apply(OPERATOR_BY_NAME.get("add")!, { params: [NUMBER, NUMBER], result: NUMBER }, [position, constant(1, NUMBER)]);
              const prefix = apply(OPERATOR_BY_NAME.get("take")!, { params: [list, NUMBER], result: list }, [param(index + 2, list), end]);
              const inner = asLambdaBody(replaceParam(insertParam(body, 1), 0, prefix), false, 2);
              return inner && apply(mapIndexed, { params: [list, fnOf([a, NUMBER], b)], result: ret }, [param(index, list), lambda([a, NUMBER], inner)]);
            },
            refines: plainMap && { deduction: plainMap, needed: elementNotEnough },
            // A running number is one short fold of the prefix (its sum, its largest): found at once or not at all.
            share: 0.05,
          });
      }
      // Output list is one shorter than an input list: a map over neighbouring pairs
      // (differences between consecutive readings, sums of neighbours).
      const pairwise =
        examples.every((ex) => input(ex).length === (ex.output as Value[]).length + 1) &&
        examples.some((ex) => (ex.output as Value[]).length > 1);
      if (pairwise) {
        const sub: Example[] = [];
        for (const ex of examples) {
          const xs = input(ex);
          (ex.output as Value[]).forEach((out, i) => sub.push({ inputs: [xs[i], xs[i + 1], ...ex.inputs], output: out }));
        }
        const t = subTask(task, "pair", "x", a, b, sub, [{ name: "y", type: a }]);
        const slice = (name: "take" | "drop", n: number) =>
          apply(OPERATOR_BY_NAME.get(name)!, { params: [list, NUMBER], result: list }, [param(index, list), constant(n, NUMBER)]);
        if (t)
          out.push({
            name: "map over neighbouring pairs",
            task: t,
            rebuild: (body) => {
              // Pairs that are not read as pairs are some other program's business.
              if (!readsParam(body, 0) || !readsParam(body, 1)) return undefined;
              const inner = asLambdaBody(body, false, 2);
              return (
                inner &&
                apply(zipWith, { params: [list, list, fnOf([a, a], b)], result: ret }, [slice("take", -1), slice("drop", 1), lambda([a, a], inner)])
              );
            },
          });
      }
      // Output list is a fixed number (two or more) of items per input item: a flat map, each
      // item's part read off the output (each item twice, a number's two digits).
      const ratio = examples.find((ex) => input(ex).length > 0);
      const k = ratio ? (ratio.output as Value[]).length / input(ratio).length : 0;
      if (Number.isInteger(k) && k >= 2 && examples.every((ex) => (ex.output as Value[]).length === k * input(ex).length)) {
        const sub: Example[] = [];
        for (const ex of examples) input(ex).forEach((x, i) => sub.push({ inputs: [x, ...ex.inputs], output: (ex.output as Value[]).slice(i * k, (i + 1) * k) }));
        const t = subTask(task, "part", "x", a, ret, sub);
        if (t)
          out.push({
            name: "flat map",
            task: t,
            rebuild: (body) => {
              const inner = asLambdaBody(body);
              return inner && apply(flatMap, { params: [list, fnOf([a], ret)], result: ret }, [param(index, list), lambda([a], inner)]);
            },
          });
      }
      // Output list is made from some of an input list's items, each by a simple function that
      // the examples line up with (a field, x * 2, x / 2): a map over a filter, the filter's
      // predicate a smaller task (`people.filter((p) => p.age >= 18).map((p) => p.name)`).
      for (const probe of mapProbes(a, b)) {
        const keeps = keptBy(examples, index, probe.run);
        const t = keeps && subTask(task, "keep_mapped", "x", a, BOOLEAN, keeps, [], probe.body);
        if (!t) continue;
        out.push({
          name: `filter, then map by ${probe.name}`,
          task: t,
          rebuild: (body) => {
            const inner = asLambdaBody(body);
            return inner && apply(map, { params: [list, fnOf([a], b)], result: ret }, [filterOf(list, index, inner), lambda([a], probe.body)]);
          },
        });
        // The first function the examples line up with is the likeliest; more would only share its time.
        break;
      }
      // Output list is positions in an input list, in order (where the evens are): a filter
      // over the positions, whose predicate reads the item there, solved as a smaller task.
      const positions =
        b.kind === "number" &&
        examples.every((ex) => isPositionList(ex.output as Value[], input(ex).length)) &&
        examples.some((ex) => (ex.output as Value[]).length > 0) &&
        examples.some((ex) => (ex.output as Value[]).length < input(ex).length);
      if (positions) {
        const sub: Example[] = [];
        for (const ex of examples) {
          const chosen = new Set(ex.output as number[]);
          input(ex).forEach((x, i) => sub.push({ inputs: [x, i, ...ex.inputs], output: chosen.has(i) }));
        }
        const t = subTask(task, "position_kept", "x", a, BOOLEAN, sub, [{ name: "i", type: NUMBER }]);
        if (t)
          out.push({
            name: "filter over positions",
            task: t,
            rebuild: (body) => {
              // The item is read at its position, xs[i]; then the position is the lambda's one variable.
              const item = apply(OPERATOR_BY_NAME.get("at")!, { params: [list, NUMBER], result: a }, [param(index + 2, list), param(1, NUMBER)]);
              const inner = asLambdaBody(dropParam(replaceParam(body, 0, item), 0));
              if (!inner) return undefined;
              const length = apply(OPERATOR_BY_NAME.get("listLength")!, { params: [list], result: NUMBER }, [param(index, list)]);
              const range = apply(OPERATOR_BY_NAME.get("range")!, { params: [NUMBER], result: ret }, [length]);
              return apply(filter, { params: [ret, fnOf([NUMBER], BOOLEAN)], result: ret }, [range, lambda([NUMBER], inner)]);
            },
          });
      }
      // Output list is a subsequence of an input list: filter.
      if (typeKey(a) === typeKey(b)) {
        const sub: Example[] = [];
        // The same examples with each item's position too, for the filter with positions below.
        const indexed: Example[] = [];
        let ok = true;
        let dropsSome = false;
        for (const ex of examples) {
          const xs = input(ex);
          const keeps = keptInOrder(xs, ex.output as Value[]);
          if (!keeps) ok = false;
          keeps?.forEach((keep, i) => {
            if (!keep) dropsSome = true;
            sub.push({ inputs: [xs[i], ...ex.inputs], output: keep });
            indexed.push({ inputs: [xs[i], i, ...ex.inputs], output: keep });
          });
        }
        const t = ok && dropsSome ? subTask(task, "keep", "x", a, BOOLEAN, sub) : undefined;
        const plainFilter: Deduction | undefined = t && {
          name: "filter",
          task: t,
          rebuild: (body) => {
            const inner = asLambdaBody(body);
            return inner && filterOf(list, index, inner);
          },
        };
        if (plainFilter) out.push(plainFilter);
        // The same with the item's position as an input too (every other item). Unlike the map
        // with positions it runs even where the item alone gave a test: a yes or no is easy to
        // fit by accident (`x % 9 % 2 === 1` kept 10, 30, 5, 7 and 1 of every other item), and
        // the ranking chooses between them.
        const ti = ok && dropsSome ? subTask(task, "keep_at", "x", a, BOOLEAN, indexed, [{ name: "i", type: NUMBER }]) : undefined;
        if (ti)
          out.push({
            name: "filter with positions",
            task: ti,
            rebuild: (body) => {
              if (!readsParam(body, 1)) return undefined;
              const inner = asLambdaBody(body, false, 2);
              return inner && apply(filterIndexed, { params: [list, fnOf([a, NUMBER], BOOLEAN)], result: list }, [param(index, list), lambda([a, NUMBER], inner)]);
            },
          });
      }
    }
    // Output list is as long as a number input, or one longer (squares up to n, multiples of k):
    // a map over the positions 0..n-1 (or 0..n), each item a smaller task over its position.
    if (p.type.kind === "number" && ret.kind === "list") {
      const n = (ex: Example) => ex.inputs[index] as number;
      const lengths = examples.map((ex) => (ex.output as Value[]).length);
      for (const extra of [0, 1]) {
        const fits = examples.every((ex, e) => Number.isInteger(n(ex)) && lengths[e] === n(ex) + extra) && lengths.some((k) => k > 1);
        if (!fits) continue;
        const sub: Example[] = [];
        for (const ex of examples) (ex.output as Value[]).forEach((y, i) => sub.push({ inputs: [i, ...ex.inputs], output: y }));
        const t = subTask(task, "item_at", "i", NUMBER, ret.element, sub);
        if (!t) continue;
        out.push({
          name: extra === 0 ? "map over the positions below a number" : "map over the positions up to a number",
          task: t,
          rebuild: (body) => {
            const inner = asLambdaBody(body);
            if (!inner || !readsParam(body, 0)) return undefined;
            const count = extra === 0 ? param(index, NUMBER) : apply(OPERATOR_BY_NAME.get("add")!, { params: [NUMBER, NUMBER], result: NUMBER }, [param(index, NUMBER), constant(extra, NUMBER)]);
            const positions = listOf(NUMBER);
            const range = apply(OPERATOR_BY_NAME.get("range")!, { params: [NUMBER], result: positions }, [count]);
            return apply(map, { params: [positions, fnOf([NUMBER], ret.element)], result: ret }, [range, lambda([NUMBER], inner)]);
          },
        });
      }
    }
    // A number output that is the sum of a number (an item, or a field of it) over some of an input
    // list's items: a sum over a filter, the filter's predicate a smaller task (unpaid orders' total).
    if (p.type.kind === "list" && ret.kind === "number") {
      const list = p.type;
      const a = list.element;
      for (const probe of sumProbes(a)) {
        const keeps = summedBy(examples, index, probe.run);
        const t = keeps && subTask(task, "keep_summed", "x", a, BOOLEAN, keeps, [], probe.body);
        if (!t) continue;
        out.push({
          name: `sum of ${probe.name} over a filter`,
          task: t,
          rebuild: (body) => {
            const inner = asLambdaBody(body);
            if (!inner) return undefined;
            const kept = filterOf(list, index, inner);
            const numbers = probe.body
              ? apply(map, { params: [list, fnOf([a], NUMBER)], result: listOf(NUMBER) }, [kept, lambda([a], probe.body)])
              : kept;
            return apply(OPERATOR_BY_NAME.get("sum")!, { params: [listOf(NUMBER)], result: NUMBER }, [numbers]);
          },
        });
      }
    }
    // Output string is the same number of characters (one or more) made of each word of an input
    // string, with nothing between: a map over the words joined with nothing, each word's part a
    // smaller task (initials: `"".join(w[0] for w in name.split(" "))`).
    if (p.type.kind === "string" && ret.kind === "string") {
      for (const sep of ITEM_SEPARATORS) {
        const words = examples.map((ex) => (ex.inputs[index] as string).split(sep));
        const outputs = examples.map((ex) => ex.output as string);
        if (!words.some((ws) => ws.length > 1) || outputs.some((o) => o.includes(sep))) continue;
        const k = outputs[0].length / words[0].length;
        if (!Number.isInteger(k) || k < 1 || !outputs.every((o, e) => o.length === k * words[e].length)) continue;
        const sub: Example[] = [];
        examples.forEach((ex, e) => words[e].forEach((w, i) => sub.push({ inputs: [w, ...ex.inputs], output: outputs[e].slice(i * k, (i + 1) * k) })));
        const t = subTask(task, "word_part", "w", STRING, STRING, sub);
        if (!t) continue;
        out.push({
          name: `a part of each word split by ${JSON.stringify(sep)}, joined`,
          task: t,
          rebuild: (body) => {
            const inner = asLambdaBody(body);
            return inner && wordsMapped(index, sep, inner, "");
          },
        });
        break;
      }
    }
    // Output string is each word of an input string with its case changed, and nothing between:
    // a map over the words joined with nothing (PascalCase, `"".join(w.capitalize() for w in
    // name.split("_"))`). Where the first word stays as it is and others change (camelCase), it is
    // the first word, then a map over the others: `words[0] + "".join(... for w in words[1:])`.
    if (p.type.kind === "string" && ret.kind === "string") {
      for (const sep of ["_", "-", " "]) {
        const words = examples.map((ex) => (ex.inputs[index] as string).split(sep));
        const outputs = examples.map((ex) => ex.output as string);
        if (!words.some((ws) => ws.length > 1) || outputs.every((o, e) => o === words[e].join(""))) continue;
        const parts = outputs.map((o, e) => {
          let at = 0;
          return words[e].map((w) => o.slice(at, (at += w.length)));
        });
        const cased = outputs.every((o, e) => o.length === words[e].join("").length && parts[e].every((part, i) => part.toLowerCase() === words[e][i].toLowerCase()));
        if (!cased) continue;
        const firstKept = parts.every((ps, e) => ps[0] === words[e][0]) && parts.some((ps, e) => ps.some((part, i) => i > 0 && part !== words[e][i]));
        const sub: Example[] = [];
        examples.forEach((ex, e) =>
          words[e].forEach((w, i) => {
            if (!firstKept || i > 0) sub.push({ inputs: [w, ...ex.inputs], output: parts[e][i] });
          }),
        );
        const t = subTask(task, "word_cased", "w", STRING, STRING, sub);
        if (!t) break;
        out.push({
          name: firstKept ? `the first word split by ${JSON.stringify(sep)}, then the others cased, joined` : `each word split by ${JSON.stringify(sep)} cased, joined`,
          task: t,
          rebuild: (body) => {
            const inner = asLambdaBody(body);
            if (!inner) return undefined;
            if (!firstKept) return wordsMapped(index, sep, inner, "");
            const rest = apply(OPERATOR_BY_NAME.get("drop")!, { params: [WORD_LIST, NUMBER], result: WORD_LIST }, [wordsOf(index, sep), constant(1, NUMBER)]);
            const first = apply(OPERATOR_BY_NAME.get("head")!, { params: [WORD_LIST], result: STRING }, [wordsOf(index, sep)]);
            return apply(OPERATOR_BY_NAME.get("concat")!, { params: [STRING, STRING], result: STRING }, [first, joinedMap(rest, inner, "")]);
          },
        });
        break;
      }
    }
    // Output string is the same number of characters (one or more) made of each character of an
    // input string: a map over the characters joined with nothing, each character's part a smaller
    // task (each letter doubled: `[...word].map((c) => c + c).join("")`; a cipher, one for one).
    // Where it is one for one, some character must change, and not all alike: a whole-string
    // operator (upper case) is the plain search's.
    if (p.type.kind === "string" && ret.kind === "string") {
      const characters = examples.map((ex) => [...(ex.inputs[index] as string)]);
      const outputs = examples.map((ex) => ex.output as string);
      const longest = characters.reduce((e, cs, i) => (cs.length > characters[e].length ? i : e), 0);
      const k = characters[longest].length > 0 ? outputs[longest].length / characters[longest].length : 0;
      const surrogates = examples.some((ex) => /[\uD800-\uDFFF]/.test(`${ex.inputs[index]}${ex.output}`));
      const aligned =
        Number.isInteger(k) &&
        k >= 1 &&
        characters.some((cs) => cs.length > 1) &&
        !surrogates &&
        outputs.every((o, e) => o.length === k * characters[e].length);
      const texts = examples.map((ex) => ex.inputs[index] as string);
      const wholeString = k === 1 && outputs.every((o, e) => o === texts[e] || o === texts[e].toUpperCase() || o === texts[e].toLowerCase());
      // Or text put before some characters, each character kept but for its case (camelCase to
      // snake_case: "_" + the capital in lower case). Each character's part runs to the first
      // place after the last part where it stands again; some part is longer than its character.
      // Which characters get text is a test of the character, so the sub-task may fall into cases.
      const parts = surrogates
        ? undefined
        : aligned
          ? wholeString
            ? undefined
            : characters.map((cs, e) => cs.map((_, i) => outputs[e].slice(i * k, (i + 1) * k)))
          : partsWithInsertions(characters, outputs);
      if (parts) {
        const sub: Example[] = [];
        examples.forEach((ex, e) => characters[e].forEach((c, i) => sub.push({ inputs: [c, ...ex.inputs], output: parts[e][i] })));
        const t = subTask(task, aligned ? "char_part" : "char_prefixed", "c", STRING, STRING, sub);
        if (t) {
          out.push({
            name: aligned ? "a part of each character, joined" : "each character with text before some, joined",
            task: t,
            ...(aligned ? {} : { cases: true }),
            rebuild: (body) => {
              const inner = asLambdaBody(body);
              return inner && charactersMapped(index, inner);
            },
          });
        }
      }
    }
    // Output string is some of an input string's characters, each kept or dropped for what it is:
    // a filter of the characters, the test a smaller task over one character and the inputs
    // (`removeVowels`: `"".join(c for c in s if c not in "aeiou")`). A character kept in one place
    // and dropped in another, with the same other inputs, cannot be told apart by such a test.
    if (p.type.kind === "string" && ret.kind === "string") {
      // With other inputs, the test may read them: a character is settled per example only.
      const groups = task.params.length === 1 ? [examples] : examples.map((ex) => [ex]);
      const settled = groups.map((group) => keptCharacters(group.map((ex) => [ex.inputs[index] as string, ex.output as string])));
      if (settled.every((kept) => kept !== undefined) && settled.some((kept) => [...kept!.values()].includes(false))) {
        const sub = groups.flatMap((group, g) => [...settled[g]!].map(([c, keep]) => ({ inputs: [c, ...group[0].inputs], output: keep })));
        const t = subTask(task, "char_kept", "c", STRING, BOOLEAN, sub);
        if (t) {
          out.push({
            name: "characters kept",
            task: t,
            rebuild: (body) => {
              const inner = asLambdaBody(body);
              return inner && charactersKept(index, inner);
            },
          });
        }
      }
    }
    // Output string is a subsequence of an input string's characters, kept for where they are
    // (every other character): a filter with positions, the test a smaller task over the
    // character, its position and the inputs. Only where some example keeps a character in one
    // place and drops it in another, so that no test of the character and the inputs can say
    // which: elsewhere a position fits by accident (`c.padStart(i, c)` for the first vowel).
    if (p.type.kind === "string" && ret.kind === "string") {
      const sub: Example[] = [];
      let ok = true;
      let placed = false;
      for (const ex of examples) {
        const text = [...(ex.inputs[index] as string)];
        const keeps = keptInOrder(text, [...(ex.output as string)]);
        if (!keeps) ok = false;
        const kept = new Set<string>();
        const dropped = new Set<string>();
        keeps?.forEach((keep, i) => {
          (keep ? kept : dropped).add(text[i]);
          sub.push({ inputs: [text[i], i, ...ex.inputs], output: keep });
        });
        if ([...kept].some((c) => dropped.has(c))) placed = true;
      }
      const t = ok && placed ? subTask(task, "char_kept_at", "c", STRING, BOOLEAN, sub, [{ name: "i", type: NUMBER }]) : undefined;
      if (t)
        out.push({
          name: "characters kept for their positions",
          task: t,
          rebuild: (body) => {
            if (!readsParam(body, 1)) return undefined;
            const inner = asLambdaBody(body, false, 2);
            return inner && charactersKeptAt(index, inner);
          },
        });
    }
    // Output string's words line up with an input string's words: map over the words.
    if (p.type.kind === "string" && ret.kind === "string") {
      for (const sep of [" ", ",", ", ", "-", "/", ";", ".", "_"]) {
        const aligned = examples.every(
          (ex) => (ex.inputs[index] as string).split(sep).length === (ex.output as string).split(sep).length,
        );
        const multi = examples.some((ex) => (ex.inputs[index] as string).split(sep).length > 1);
        const changes = examples.some((ex) => ex.inputs[index] !== ex.output);
        if (!aligned || !multi || !changes) continue;
        const sub: Example[] = [];
        for (const ex of examples) {
          const words = (ex.inputs[index] as string).split(sep);
          const outs = (ex.output as string).split(sep);
          words.forEach((w, i) => sub.push({ inputs: [w, ...ex.inputs], output: outs[i] }));
        }
        const t = subTask(task, "word", "w", STRING, STRING, sub);
        if (!t) continue;
        out.push({
          name: `words split by ${JSON.stringify(sep)}`,
          task: t,
          rebuild: (body) => {
            const inner = asLambdaBody(body);
            return inner && wordsMapped(index, sep, inner, sep);
          },
        });
        break;
      }
    }
  });
  if (only === undefined && ret.kind === "list") {
    out.push(...overWords(task));
    // Outputs in an order the input list does not have are unlikely to be a map or filter of it
    // as it is: the reordered list's deductions go first.
    out.unshift(...overReordered(task));
  }
  out.push(...last);
  return out;
}

/**
 * The list deductions over an input list reordered, where the outputs show the order: a filter
 * of the list reversed, when each output is some of the items in reverse order but not in the
 * list's own (`[x for x in xs[::-1] if x % 2 == 0]`); a map or a filter of the list sorted, when
 * every output is in ascending order and some input list is not (`[x // 10 for x in sorted(xs)]`,
 * which a map of a function that keeps the order makes); a map or a filter of a list of records
 * sorted by a number field, when the outputs are a field of the items in that order and not in
 * the list's own (the names by age). Each reordering joins the task as one more input, like the
 * words above, and the programs found read it as `reverse(xs)`, `sort(xs)` or `sortBy(xs, key)`.
 */
function overReordered(task: Task): Deduction[] {
  const out: Deduction[] = [];
  const ret = task.returnType;
  if (ret.kind !== "list") return out;
  const outputs = task.examples.map((ex) => ex.output as Value[]);
  task.params.forEach((p, index) => {
    if (p.type.kind !== "list") return;
    const list = p.type;
    const a = list.element;
    const lists = task.examples.map((ex) => ex.inputs[index] as Value[]);
    const reorderings: { name: string; lists: Value[][]; source: Program; kinds: (name: string) => boolean }[] = [];
    const listOp = (name: string) => apply(OPERATOR_BY_NAME.get(name)!, { params: [list], result: list }, [param(index, list)]);
    const someOf = (reordered: readonly Value[][]) => outputs.every((ys, e) => isSubsequence(ys, reordered[e]));
    if (typeKey(a) === typeKey(ret.element)) {
      const reversed = lists.map((xs) => xs.slice().reverse());
      if (!someOf(lists) && someOf(reversed)) reorderings.push({ name: "reversed", lists: reversed, source: listOp("reverse"), kinds: (n) => n === "filter" });
      const sort = OPERATOR_BY_NAME.get("sort")!;
      const sorted = lists.map((xs) => sort.semantics(xs, undefined, undefined));
      const sortable = (a.kind === "number" || a.kind === "string") && sorted.every((xs) => xs !== ERR);
      if (sortable && outputs.every(ascending) && outputs.some((ys) => ys.length > 1) && !lists.every(ascending))
        reorderings.push({ name: "sorted", lists: sorted as Value[][], source: listOp("sort"), kinds: (n) => n === "map" || n === "filter" });
    }
    if (a.kind === "record") {
      const probes = mapProbes(a, ret.element);
      const shown = (reordered: readonly Value[][]) =>
        probes.some((probe) => {
          const through = (xss: readonly Value[][]) => xss.map((xs) => xs.map((x) => probe.run(x)) as Value[]);
          return someOf(through(reordered)) && !someOf(through(lists));
        });
      const sortBy = OPERATOR_BY_NAME.get("sortBy")!;
      for (const field of a.fields) {
        if (field.type.kind !== "number") continue;
        const byField = lists.map((xs) => sortBy.semantics(xs, (x: Record<string, Value>) => x[field.name], undefined) as Value[]);
        if (!shown(byField)) continue;
        const read = apply(fieldOperator(a, field.name, field.type), { params: [a], result: NUMBER }, [lambdaVar(0, a)]);
        const source = apply(sortBy, { params: [list, fnOf([a], NUMBER)], result: list }, [param(index, list), lambda([a], read)]);
        reorderings.push({ name: `by_${field.name}`, lists: byField, source, kinds: (n) => n === "map" || n === "filter" || n.startsWith("filter, then map") });
      }
    }
    for (const { name, lists: reordered, source, kinds } of reorderings)
      out.push(...overDerivedInput(task, { name, type: list }, reordered, source, `over the list ${name}`, kinds));
  });
  return out;
}

/**
 * The deductions over one more input (`values`, one per example), which the programs found then
 * read as `source`, a program over the task's own inputs (the words of a string, a list sorted);
 * `keep` picks the deductions by name.
 */
function overDerivedInput(task: Task, input: Task["params"][number], values: readonly Value[], source: Program, label: string, keep: (name: string) => boolean = () => true): Deduction[] {
  const last = task.params.length;
  const derived: Task = {
    ...task,
    params: [...task.params, input],
    examples: task.examples.map((ex, e) => ({ inputs: [...ex.inputs, values[e]], output: ex.output })),
  };
  const out: Deduction[] = [];
  const wrapped = new Map<Deduction, Deduction>();
  for (const d of deductions(derived, last)) {
    if (!keep(d.name)) continue;
    const outer: Deduction = {
      name: `${d.name}, ${label}`,
      task: d.task,
      rebuild: (body) => {
        const program = d.rebuild(body);
        return program && replaceParam(program, last, source);
      },
      refines: d.refines && { deduction: wrapped.get(d.refines.deduction) ?? d.refines.deduction, needed: d.refines.needed },
      share: d.share,
    };
    wrapped.set(d, outer);
    out.push(outer);
  }
  return out;
}

/** Whether `ys` is some of the items of `xs`, in their order. */
function isSubsequence(ys: readonly Value[], xs: readonly Value[]): boolean {
  let j = 0;
  for (const x of xs) if (j < ys.length && valuesEqual(x, ys[j])) j++;
  return j === ys.length;
}

/** Whether a list's items are in ascending order (numbers by value, strings by code unit). */
function ascending(xs: readonly Value[]): boolean {
  for (let i = 1; i < xs.length; i++) if ((xs[i - 1] as number | string) > (xs[i] as number | string)) return false;
  return true;
}

/**
 * The list deductions over the words of a string input (`[w for w in s.split(" ") if len(w) > 2]`):
 * the words join the task as one more input, and the programs found read them as `s.split(" ")`.
 */
function overWords(task: Task): Deduction[] {
  const out: Deduction[] = [];
  task.params.forEach((p, index) => {
    if (p.type.kind !== "string") return;
    const texts = task.examples.map((ex) => ex.inputs[index] as string);
    const sep = ITEM_SEPARATORS.find((s) => texts.some((t) => t.includes(s)));
    if (sep === undefined) return;
    out.push(...overDerivedInput(task, { name: "words", type: WORD_LIST }, texts.map((t) => t.split(sep)), wordsOf(index, sep), `over the words split by ${JSON.stringify(sep)}`));
  });
  return out;
}

/** A simple function of a list item that a map over a filter may apply: its body (over lambda variable 0) and what it computes. */
interface MapProbe {
  readonly name: string;
  readonly body: Program;
  readonly run: (x: Value) => Value | typeof ERR;
}

/**
 * The functions from items of type `a` to `b` that a filter-then-map deduction tries, cheapest
 * first: a record's fields, a string's case and length, a number scaled, halved or shifted by a
 * small constant, and for a record those of its fields too (`item.name.toUpperCase()`). The
 * identity is the plain filter's.
 */
function mapProbes(a: Type, b: Type): MapProbe[] {
  const x = lambdaVar(0, a);
  const probes = simpleProbes(a, b, x, (v) => v);
  if (a.kind === "record") {
    for (const f of a.fields) {
      const op = fieldOperator(a, f.name, f.type);
      const read = apply(op, { params: [a], result: f.type }, [x]);
      const get = (v: Value) => op.semantics(v, undefined, undefined) as Value | typeof ERR;
      for (const probe of simpleProbes(f.type, b, read, get)) probes.push({ ...probe, name: `.${f.name} ${probe.name}` });
    }
  }
  return probes;
}

/** The probes of `mapProbes` applied to `source`, an item's value or a part of it that `get` reads. */
function simpleProbes(a: Type, b: Type, source: Program, get: (v: Value) => Value | typeof ERR): MapProbe[] {
  const probes: MapProbe[] = [];
  const through = (op: Operator, v: Value, k?: number): Value | typeof ERR => {
    const part = get(v);
    return part === ERR ? ERR : (op.semantics(part, k, undefined) as Value | typeof ERR);
  };
  const unary = (name: string, result: Type) => {
    const op = OPERATOR_BY_NAME.get(name)!;
    probes.push({ name, body: apply(op, { params: [a], result }, [source]), run: (v) => through(op, v) });
  };
  if (a.kind === "record") {
    for (const f of a.fields) {
      if (typeKey(f.type) !== typeKey(b)) continue;
      const op = fieldOperator(a, f.name, f.type);
      probes.push({ name: `.${f.name}`, body: apply(op, { params: [a], result: f.type }, [source]), run: (v) => through(op, v) });
    }
  } else if (a.kind === "string" && b.kind === "string") {
    for (const name of ["toUpperCase", "toLowerCase", "trim"]) unary(name, STRING);
  } else if (a.kind === "string" && b.kind === "number") {
    unary("length", NUMBER);
  } else if (a.kind === "number" && b.kind === "number") {
    const binary = { params: [NUMBER, NUMBER], result: NUMBER };
    for (const [name, ks] of [["mul", [2, 3, 10]], ["intDiv", [2, 3, 10]], ["add", [1, 2, 3, 10]], ["sub", [1, 2, 3, 10]]] as const) {
      const op = OPERATOR_BY_NAME.get(name)!;
      for (const k of ks) probes.push({ name: `${name} ${k}`, body: apply(op, binary, [source, constant(k, NUMBER)]), run: (v) => through(op, v, k) });
    }
  }
  return probes;
}

/**
 * Which items of the input list at `index` each example keeps, if its output is `run` of some of
 * them in order, as a predicate's examples; undefined unless every example lines up, some item is
 * dropped and some kept. Where an item could be kept or dropped (`25 / 2` and `24 / 2` both give
 * 12, and one of them is kept), it is left out of the predicate's examples: only what every way
 * of lining up agrees on is said about it, and the whole program is checked on the examples later.
 */
function keptBy(examples: readonly Example[], index: number, run: MapProbe["run"]): Example[] | undefined {
  const sub: Example[] = [];
  let dropped = false;
  let kept = false;
  for (const ex of examples) {
    const xs = ex.inputs[index] as Value[];
    const ys = ex.output as Value[];
    const n = xs.length;
    const m = ys.length;
    if (m > n) return undefined;
    const matches = xs.map((x) => {
      const y = run(x);
      return ys.map((out) => y !== ERR && valuesEqual(y as Value, out));
    });
    // ahead[i][j]: items 0..i-1 can give outputs 0..j-1; behind[i][j]: items i.. can give outputs j..
    const table = () => Array.from({ length: n + 1 }, () => new Uint8Array(m + 1));
    const ahead = table();
    const behind = table();
    ahead[0][0] = 1;
    for (let i = 0; i < n; i++)
      for (let j = 0; j <= m; j++) {
        if (!ahead[i][j]) continue;
        ahead[i + 1][j] = 1;
        if (j < m && matches[i][j]) ahead[i + 1][j + 1] = 1;
      }
    if (!ahead[n][m]) return undefined;
    behind[n][m] = 1;
    for (let i = n - 1; i >= 0; i--)
      for (let j = 0; j <= m; j++) behind[i][j] = behind[i + 1][j] || (j < m && matches[i][j] && behind[i + 1][j + 1]) ? 1 : 0;
    for (let i = 0; i < n; i++) {
      let canKeep = false;
      let canDrop = false;
      for (let j = 0; j <= m; j++) {
        if (!ahead[i][j]) continue;
        if (behind[i + 1][j]) canDrop = true;
        if (j < m && matches[i][j] && behind[i + 1][j + 1]) canKeep = true;
      }
      if (canKeep === canDrop) continue;
      if (canKeep) kept = true;
      else dropped = true;
      sub.push({ inputs: [xs[i], ...ex.inputs], output: canKeep });
    }
  }
  return dropped && kept ? sub : undefined;
}

/** What a sum over a filter adds up: the items themselves (no body) or one of their number fields. */
function sumProbes(a: Type): { readonly name: string; readonly body?: Program; readonly run: MapProbe["run"] }[] {
  if (a.kind === "number") return [{ name: "the items", run: (x) => x }];
  return a.kind === "record" ? simpleProbes(a, NUMBER, lambdaVar(0, a), (v) => v) : [];
}

/** Lists this long or shorter have their subsets tried for a sum over a filter (2^12 = 4096 each). */
const MAX_SUBSET_ITEMS = 12;

/**
 * Which items of the input list at `index` each example keeps, if its output is the sum of `run`
 * over some of them, as a predicate's examples. Every subset with that sum is a way to keep; an
 * item kept by all of them or by none is said to be kept or dropped, the others are left out. Undefined
 * unless every example has such a subset, and some item is said to be kept and some dropped.
 */
function summedBy(examples: readonly Example[], index: number, run: MapProbe["run"]): Example[] | undefined {
  const sub: Example[] = [];
  let dropped = false;
  let kept = false;
  for (const ex of examples) {
    const xs = ex.inputs[index] as Value[];
    if (xs.length > MAX_SUBSET_ITEMS || typeof ex.output !== "number") return undefined;
    const values: number[] = [];
    for (const x of xs) {
      const v = run(x);
      if (typeof v !== "number") return undefined;
      values.push(v);
    }
    // Bit i of `always` stays set while every subset found keeps item i; of `ever`, once one does.
    let always = (1 << xs.length) - 1;
    let ever = 0;
    let found = false;
    for (let mask = 0; mask < 1 << xs.length; mask++) {
      let total = 0;
      for (let i = 0; i < xs.length; i++) if (mask & (1 << i)) total += values[i];
      if (total !== ex.output) continue;
      found = true;
      always &= mask;
      ever |= mask;
    }
    if (!found) return undefined;
    xs.forEach((x, i) => {
      const bit = 1 << i;
      if (always & bit) (kept = true), sub.push({ inputs: [x, ...ex.inputs], output: true });
      else if (!(ever & bit)) (dropped = true), sub.push({ inputs: [x, ...ex.inputs], output: false });
    });
  }
  return dropped && kept ? sub : undefined;
}

/** `join(map(split(s, sep), (w) => body), glue)` over the string input at `index`: each word made over, then joined. */
function wordsMapped(index: number, sep: string, body: Program, glue: string): Program {
  return joinedMap(wordsOf(index, sep), body, glue);
}

const WORD_LIST = listOf(STRING);

/** `split(s, sep)` over the string input at `index`. */
function wordsOf(index: number, sep: string): Program {
  return apply(OPERATOR_BY_NAME.get("split")!, { params: [STRING, STRING], result: WORD_LIST }, [param(index, STRING), constant(sep, STRING)]);
}

/** `join(map(words, (w) => body), glue)`. */
function joinedMap(words: Program, body: Program, glue: string): Program {
  const mapped = apply(OPERATOR_BY_NAME.get("map")!, { params: [WORD_LIST, fnOf([STRING], STRING)], result: WORD_LIST }, [words, lambda([STRING], body)]);
  return apply(OPERATOR_BY_NAME.get("join")!, { params: [WORD_LIST, STRING], result: STRING }, [mapped, constant(glue, STRING)]);
}

/**
 * For pairs of an input string and an output string, whether each character is kept, when every
 * output is its input with some characters dropped, each character always kept or always dropped;
 * undefined otherwise. Strings with UTF-16 surrogates are refused.
 */
export function keptCharacters(pairs: readonly (readonly [string, string])[]): Map<string, boolean> | undefined {
  const keep = new Map<string, boolean>();
  for (const [input, output] of pairs) {
    if (/[\uD800-\uDFFF]/.test(input) || output.length > input.length) return undefined;
    for (const c of output) if (!input.includes(c)) return undefined;
    for (const c of input) {
      const k = output.includes(c);
      if (keep.get(c) === !k) return undefined;
      keep.set(c, k);
    }
  }
  // Kept characters in their order must give each output exactly.
  for (const [input, output] of pairs) if ([...input].filter((c) => keep.get(c)).join("") !== output) return undefined;
  return keep;
}

/**
 * Each output cut into one part per input character, a part ending where its character (in any
 * case) stands first after the parts before it; undefined unless every output is used up so and
 * some part is longer than one character.
 */
function partsWithInsertions(characters: readonly string[][], outputs: readonly string[]): string[][] | undefined {
  let longer = false;
  const all: string[][] = [];
  for (let e = 0; e < outputs.length; e++) {
    const out = outputs[e];
    const lower = out.toLowerCase();
    const parts: string[] = [];
    let at = 0;
    for (const c of characters[e]) {
      const end = lower.indexOf(c.toLowerCase(), at);
      if (end < 0 || c.length !== 1) return undefined;
      if (end > at) longer = true;
      parts.push(out.slice(at, end + 1));
      at = end + 1;
    }
    if (at !== out.length) return undefined;
    all.push(parts);
  }
  return longer ? all : undefined;
}

/** `join(map(chars(s), (c) => body), "")` over the string input at `index`: each character made over. */
function charactersMapped(index: number, body: Program): Program {
  return overCharacters(index, "map", STRING, body);
}

/** `join(filter(chars(s), (c) => test), "")` over the string input at `index`. */
function charactersKept(index: number, test: Program): Program {
  return overCharacters(index, "filter", BOOLEAN, test);
}

/**
 * Which items of `xs` make up `ys`, matched in order, each taken as early as it can be; undefined
 * where `ys` is not a subsequence of `xs`.
 */
function keptInOrder(xs: readonly Value[], ys: readonly Value[]): boolean[] | undefined {
  let j = 0;
  const keeps = xs.map((x) => {
    const keep = j < ys.length && valuesEqual(x, ys[j]);
    if (keep) j++;
    return keep;
  });
  return j === ys.length ? keeps : undefined;
}

/** `join(filterIndexed(chars(s), (c, i) => test), "")` over the string input at `index`. */
function charactersKeptAt(index: number, test: Program): Program {
  return overCharacters(index, "filterIndexed", BOOLEAN, test, [STRING, NUMBER]);
}

/** `join(operator(chars(s), (c) => body), "")` over the string input at `index` (`(c, i)` with the position). */
function overCharacters(index: number, operator: "map" | "filter" | "filterIndexed", bodyType: Type, body: Program, lambdaParams: readonly Type[] = [STRING]): Program {
  const chars = listOf(STRING);
  const split = apply(OPERATOR_BY_NAME.get("chars")!, { params: [STRING], result: chars }, [param(index, STRING)]);
  const each = apply(OPERATOR_BY_NAME.get(operator)!, { params: [chars, fnOf(lambdaParams, bodyType)], result: chars }, [split, lambda(lambdaParams, body)]);
  return apply(OPERATOR_BY_NAME.get("join")!, { params: [chars, STRING], result: STRING }, [each, constant("", STRING)]);
}

/** `filter(xs, (x) => predicate)` over the list input at `index` (the predicate a lambda body over its item). */
function filterOf(list: Type & { kind: "list" }, index: number, predicate: Program): Program {
  return apply(OPERATOR_BY_NAME.get("filter")!, { params: [list, fnOf([list.element], BOOLEAN)], result: list }, [param(index, list), lambda([list.element], predicate)]);
}

/** Whether two lists hold the same items, as many times each, in any order. */
function sameItems(xs: readonly Value[], ys: readonly Value[]): boolean {
  if (xs.length !== ys.length) return false;
  const key = (v: Value) => JSON.stringify(v);
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(key(x), (counts.get(key(x)) ?? 0) + 1);
  for (const y of ys) {
    const n = counts.get(key(y)) ?? 0;
    if (n === 0) return false;
    counts.set(key(y), n - 1);
  }
  return true;
}

/** Whether the values are positions in a list of that length, in increasing order. */
function isPositionList(values: readonly Value[], length: number): boolean {
  let last = -1;
  for (const v of values) {
    if (typeof v !== "number" || !Number.isInteger(v) || v <= last || v >= length) return false;
    last = v;
  }
  return true;
}

/** The program with parameter `index` replaced by `by`. */
function replaceParam(p: Program, index: number, by: Program): Program {
  switch (p.kind) {
    case "param":
      return p.index === index ? by : p;
    case "apply":
      return apply(p.op, p.types, p.args.map((a) => replaceParam(a, index, by)));
    case "lambda":
      return lambda(p.params, replaceParam(p.body, index, by));
    default:
      return p;
  }
}

/** The program without parameter `index` (which it must not read): the later ones move down. */
function dropParam(p: Program, index: number): Program {
  return renumberParams(p, index + 1, -1);
}

/** The program with room for a new parameter at `index`: that one and the later ones move up. */
function insertParam(p: Program, index: number): Program {
  return renumberParams(p, index, 1);
}

/** The program with parameters `from` and later renumbered by `delta`. */
function renumberParams(p: Program, from: number, delta: number): Program {
  switch (p.kind) {
    case "param":
      return p.index >= from ? param(p.index + delta, p.type) : p;
    case "apply":
      return apply(p.op, p.types, p.args.map((a) => renumberParams(a, from, delta)));
    case "lambda":
      return lambda(p.params, renumberParams(p.body, from, delta));
    default:
      return p;
  }
}

/** Whether a program reads parameter 0, a prefix, other than as its last item or its length. */
function readsWholePrefix(p: Program): boolean {
  switch (p.kind) {
    case "param":
      return p.index === 0;
    case "apply":
      if ((p.op.name === "last" || p.op.name === "listLength") && p.args[0].kind === "param" && p.args[0].index === 0) return false;
      return p.args.some(readsWholePrefix);
    case "lambda":
      return readsWholePrefix(p.body);
    default:
      return false;
  }
}

/** Whether a program reads the parameter at `index`. */
function readsParam(p: Program, index: number): boolean {
  switch (p.kind) {
    case "param":
      return p.index === index;
    case "apply":
      return p.args.some((a) => readsParam(a, index));
    case "lambda":
      return readsParam(p.body, index);
    default:
      return false;
  }
}

/** An output list of the same few items in every example, each item a task of its own. */
export interface PositionSplit {
  /** Each position: a sub-task over the whole task's inputs, or the constant it always holds. */
  readonly positions: readonly ({ readonly task: Task } | { readonly program: Program })[];
  /** How many positions are sub-tasks. */
  readonly searched: number;
  /** The list of the positions' programs, in order. */
  readonly rebuild: (items: readonly Program[]) => Program;
}

/** The longest fixed-length output split by position, and the most positions that need a search. */
const MAX_SPLIT_LENGTH = 10;
const MAX_SEARCHED_POSITIONS = 3;

/**
 * Outputs that are lists of one length, the same in every example: each position is a smaller
 * task over the same inputs (`[xs[0], sum of the middle, xs.at(-1)]`, or `[total]` with one), and
 * a position that holds the same value everywhere is that value. A search of the whole list finds
 * a few short items together; one item that needs a deduction of its own (a sum over a filter)
 * it never reaches, since sub-tasks are not deduced from again.
 */
export function splitByPosition(task: Task): PositionSplit | undefined {
  const ret = task.returnType;
  const { examples } = task;
  if (ret.kind !== "list" || examples.length < 2) return undefined;
  const outputs = examples.map((ex) => ex.output as Value[]);
  const length = outputs[0].length;
  if (length === 0 || length > MAX_SPLIT_LENGTH || outputs.some((o) => o.length !== length)) return undefined;
  const positions: ({ task: Task } | { program: Program })[] = [];
  for (let i = 0; i < length; i++) {
    const first = outputs[0][i];
    if (outputs.every((o) => valuesEqual(o[i], first))) {
      positions.push({ program: constant(first, ret.element) });
      continue;
    }
    positions.push({
      task: {
        ...task,
        name: `${task.name}_item${i + 1}`,
        returnType: ret.element,
        examples: examples.map((ex, e) => ({ inputs: ex.inputs, output: outputs[e][i] })),
      },
    });
  }
  const searched = positions.filter((p) => "task" in p).length;
  if (searched > MAX_SEARCHED_POSITIONS) return undefined;
  const a = ret.element;
  const cons = OPERATOR_BY_NAME.get("cons")!;
  const singleton = OPERATOR_BY_NAME.get("singleton")!;
  return {
    positions,
    searched,
    rebuild: (items) =>
      items
        .slice(0, -1)
        .reduceRight(
          (rest, item) => apply(cons, { params: [a, ret], result: ret }, [item, rest]),
          apply(singleton, { params: [a], result: ret }, [items[items.length - 1]]),
        ),
  };
}
