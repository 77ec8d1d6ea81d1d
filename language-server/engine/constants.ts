// Constants the search may use: literals a task offers, characters and strings that appear in
// the examples' outputs, and small numbers. Each gets a cost, cheaper for the likelier ones.
import type { Leaf } from "./enumerate";
import { constant } from "./program";
import { listOf, NUMBER, STRING, typeKey, type Task, type Type, type Value } from "./types";
import { wordForms } from "./words";

function strings(v: Value, into: string[]): void {
  if (typeof v === "string") into.push(v);
  else if (Array.isArray(v)) for (const x of v as readonly Value[]) strings(x, into);
  else if (typeof v === "object") for (const x of Object.values(v)) strings(x as Value, into);
}

/**
 * Text of the outputs that the inputs do not supply: literal text the program must add. Output
 * positions covered by a run of two or more characters found in an input are supplied; the
 * maximal runs of the other positions are the candidates (with each of their characters). Three
 * characters or more also supply when only their case differs: "Hello, Ada!" from "ada" inserts
 * "Hello, ", not "Hello, A"; at two, "FALSE" would lose "SE" to any input holding "se".
 */
function insertedText(task: Task): string[] {
  const kept = runsOfMostExamples(task.examples.map((ex) => unmatchedRuns([ex.output], ex.inputs)), task.examples.length > 1 ? 2 : 1);
  // Runs and single characters have places of their own: the letters of "Good morning, " and
  // "Good afternoon, " occur in every example, and ranked together they crowd out both runs.
  const runs = kept.filter(([s]) => s.length > 1).slice(0, 6);
  const characters = kept.filter(([s]) => s.length === 1).slice(0, 8 - runs.length);
  return [...runs, ...characters].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([s]) => s);
}

/**
 * The maximal runs of the strings in `texts` (and their characters) that no piece of two or more
 * characters of the strings in `others` covers; from three characters on, a piece also covers
 * when only its case differs.
 */
function unmatchedRuns(texts: readonly Value[], others: readonly Value[]): Set<string> {
  const outs: string[] = [];
  for (const v of texts) strings(v, outs);
  const ins: string[] = [];
  for (const v of others) strings(v, ins);
  const lowerIns = ins.map((s) => s.toLowerCase());
  const runs = new Set<string>();
  const supplied = (piece: string) => ins.some((s) => s.includes(piece)) || (piece.length >= 3 && lowerIns.some((s) => s.includes(piece.toLowerCase())));
  for (const out of outs) addRuns(out, supplied, runs);
  return runs;
}

/**
 * The runs of two examples or more (`minCount`), up to 24 characters, the most common first, then
 * the longest. A run counts for every example with a run that holds it: inputs of one character
 * supply nothing, so "a and b and c" is one run, and " and " from "cats and dogs" is in it.
 */
function runsOfMostExamples(runsOfExamples: readonly Set<string>[], minCount: number): [string, number][] {
  const found = new Map<string, number>();
  for (const s of new Set(runsOfExamples.flatMap((runs) => [...runs]))) {
    found.set(s, runsOfExamples.filter((runs) => runs.has(s) || (s.length > 1 && [...runs].some((r) => r.includes(s)))).length);
  }
  return [...found.entries()].filter(([s, n]) => n >= minCount && s.length <= 24).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
}

/**
 * Text of the inputs that the outputs lack, in two examples or more: text the program cuts off or
 * replaces, so it must name it (`url.removeprefix("http://")`). Runs of two characters or more
 * (single ones are removedCharacters'), the three likeliest.
 */
function removedText(task: Task): string[] {
  if (task.returnType.kind !== "string" || task.examples.length < 2) return [];
  // A whole input the output lacks was not cut from: the output is made of something else.
  const cut = task.examples.map((ex) => {
    const whole: string[] = [];
    for (const v of ex.inputs) strings(v, whole);
    return new Set([...unmatchedRuns(ex.inputs, [ex.output])].filter((run) => !whole.includes(run)));
  });
  const runs = runsOfMostExamples(cut, 2);
  return runs.filter(([s]) => s.length > 1).slice(0, 3).map(([s]) => s);
}

/** Adds to `into` the maximal runs of `out` (and their characters) that no piece of two or more characters `supplied` covers. */
function addRuns(out: string, supplied: (piece: string) => boolean, into: Set<string>): void {
  let run = "";
  const flush = () => {
    if (run) {
      into.add(run);
      for (const ch of run) into.add(ch);
    }
    run = "";
  };
  let i = 0;
  while (i < out.length) {
    // A piece that is supplied only without case is three long at least, so a two-character piece
    // that is not supplied does not end the look.
    let longest = 0;
    for (let j = i + 2; j <= out.length; j++) {
      if (supplied(out.slice(i, j))) longest = j - i;
      else if (j - i >= 3) break;
    }
    if (longest >= 2) {
      flush();
      i += longest;
    } else {
      run += out[i];
      i++;
    }
  }
  flush();
}

/**
 * Letters and digits an example's output lacks though its inputs hold them, where two examples or
 * more lack the same one (the three likeliest): text the program takes out or replaces, so it must
 * name it (`"leet"` -> `"l33t"` replaces "e"). Punctuation is offered anyway.
 */
function removedCharacters(task: Task): string[] {
  if (task.returnType.kind !== "string" || task.examples.length < 2) return [];
  const counts = new Map<string, number>();
  for (const ex of task.examples) {
    const ins: string[] = [];
    for (const v of ex.inputs) strings(v, ins);
    const output = ex.output as string;
    const gone = new Set<string>();
    for (const s of ins) for (const ch of s) if (/[\p{L}\p{N}]/u.test(ch) && !output.includes(ch)) gone.add(ch);
    for (const ch of gone) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return [...counts.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([ch]) => ch);
}

/**
 * Input text the task's words name: `isAdmin` compares its role with "admin", `countApples` looks
 * for "apple". The words are the strongest evidence of a literal the outputs do not show.
 */
function namedInputs(task: Task): string[] {
  const forms = wordForms(task.words ?? []);
  if (forms.size === 0) return [];
  const found = new Set<string>();
  for (const ex of task.examples) {
    const ins: string[] = [];
    for (const v of ex.inputs) strings(v, ins);
    for (const s of ins) if (s.length >= 2 && forms.has(s.toLowerCase())) found.add(s);
  }
  return [...found].slice(0, 3);
}

/**
 * Whole outputs where a text task's outputs are two or three texts made of nothing in the inputs
 * and one of them is shown once: the task sorts its inputs into kinds (`flag ? "yes" : "no"`),
 * and the rarer kind is shown too few times for the inserted text to count it.
 */
export function outputKinds(task: Task): string[] {
  if (task.returnType.kind !== "string") return [];
  const outputs = task.examples.map((ex) => ex.output as string);
  const kinds = new Set(outputs);
  if (kinds.size > 3 || kinds.size >= task.examples.length + (kinds.size === 2 ? 1 : 0)) return [];
  if (![...kinds].some((kind) => outputs.indexOf(kind) === outputs.lastIndexOf(kind))) return [];
  for (const ex of task.examples) {
    const output = ex.output as string;
    if (output.length === 0 || output.length > 24 || !unmatchedRuns([output], ex.inputs).has(output)) return [];
  }
  return [...kinds];
}

/**
 * The constants' leaves. `ten` offers 10 among the small numbers of a task over number lists
 * (digits, tens); the guidance generator leaves it out, so it makes the very tasks the shipped
 * model learned from.
 */
export function constantLeaves(task: Task, universe: readonly Type[], { ten = true }: { readonly ten?: boolean } = {}): Leaf[] {
  const keys = new Set(universe.map(typeKey));
  const leaves: Leaf[] = [];
  const seen = new Set<string>();
  const add = (v: Value, type: Type, cost: number) => {
    const k = `${typeKey(type)}:${JSON.stringify(v)}`;
    if (seen.has(k) || !keys.has(typeKey(type))) return;
    seen.add(k);
    leaves.push({ program: constant(v, type), cost });
  };

  // Literals the task offers first: they are the most likely to be meant.
  for (const c of task.constants ?? []) {
    if (typeof c === "string") add(c, STRING, c.length <= 1 ? 1 : 2);
    else if (typeof c === "number") add(c, NUMBER, Math.abs(c) <= 1 ? 1 : 2);
  }
  if (keys.has("str")) {
    add(" ", STRING, 1);
    add("", STRING, 2);
    const all: string[] = [];
    for (const ex of task.examples) {
      for (const v of ex.inputs) strings(v, all);
      strings(ex.output, all);
    }
    const punctuation = new Set<string>();
    for (const s of all) for (const ch of s) if (!/[\p{L}\p{N}]/u.test(ch)) punctuation.add(ch);
    for (const ch of [...punctuation].sort()) add(ch, STRING, 2);
    for (const s of insertedText(task)) add(s, STRING, s.length === 1 ? 2 : 3);
    for (const s of outputKinds(task)) add(s, STRING, 3);
    for (const s of namedInputs(task)) add(s, STRING, 2);
    for (const ch of removedCharacters(task)) add(ch, STRING, 3);
    for (const s of removedText(task)) add(s, STRING, 3);
  }
  // Numbers the inputs hold directly (not inside lists) are likely thresholds: `age >= 18`.
  if (task.examples.length <= 12) {
    const direct: number[] = [];
    for (const ex of task.examples) {
      for (const v of ex.inputs) {
        if (typeof v === "number") direct.push(v);
        else if (typeof v === "object" && !Array.isArray(v))
          for (const x of Object.values(v)) if (typeof x === "number") direct.push(x);
      }
    }
    for (const n of [...new Set(direct)].slice(0, 6)) if (Number.isInteger(n) && Math.abs(n) > 3) add(n, NUMBER, 4);
  }
  add(0, NUMBER, 1);
  add(1, NUMBER, 1);
  add(-1, NUMBER, 2);
  add(2, NUMBER, 2);
  add(3, NUMBER, 2);
  const listy = universe.some((t) => t.kind === "list" && t.element.kind === "number");
  for (let n = 4; n <= 9; n++) add(n, NUMBER, listy ? 3 : 4);
  if (listy && ten) add(10, NUMBER, 3);
  if (listy) for (let n = -2; n >= -5; n--) add(n, NUMBER, 4);
  if (task.returnType.kind === "list") add([], task.returnType, 2);
  if (keys.has(typeKey(listOf(NUMBER))) && task.returnType.kind !== "list") add([], listOf(NUMBER), 3);
  return leaves;
}
