// Unlabeled inputs: variations of the examples' own inputs. They join the search's domain so
// that programs which agree on every example but differ elsewhere are kept apart, and the
// input on which the best candidates disagree can be shown to the user as a question.
import type { Task, Value } from "./types";

/** Shifts letters and digits, keeping case, length and punctuation: same shape, other content. */
function shiftCharacters(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 97 && c <= 122) out += String.fromCharCode(97 + ((c - 97 + 7) % 26));
    else if (c >= 65 && c <= 90) out += String.fromCharCode(65 + ((c - 65 + 7) % 26));
    else if (c >= 48 && c <= 57) out += String.fromCharCode(48 + ((c - 48 + 3) % 10));
    else out += ch;
  }
  return out;
}

/** A variation that changes content (first kind) or shape (second kind). */
function vary(v: Value, kind: number): Value {
  if (typeof v === "string") {
    if (kind === 0) return shiftCharacters(v);
    // Doubling the first run of letters or digits moves everything after it: this tells
    // programs that count positions from programs that look for delimiters.
    const doubled = v.replace(/[A-Za-z0-9]+/, (m) => m + shiftCharacters(m));
    return doubled !== v ? doubled : `${v}${v.slice(0, 2)}`;
  }
  if (typeof v === "number") return kind === 0 ? v + 7 : -v - 1;
  if (typeof v === "boolean") return !v;
  if (Array.isArray(v)) {
    const xs = v as readonly Value[];
    if (kind === 0) return xs.map((x) => vary(x, 0));
    return xs.length > 0 ? [...xs].reverse().concat([xs[0]]) : xs;
  }
  const out: { [k: string]: Value } = {};
  for (const [k, x] of Object.entries(v as { [k: string]: Value })) out[k] = vary(x, kind);
  return out;
}

export function unlabeledInputs(task: Task, count: number): Value[][] {
  const examples = task.examples;
  if (examples.length === 0) return [];
  const out: Value[][] = [];
  const seen = new Set(examples.map((e) => JSON.stringify(e.inputs)));
  const multi = task.params.length > 1 && examples.length > 1;
  for (let k = 0; out.length < count && k < count * 4; k++) {
    // Content changes, shape changes, and (with several parameters) parameters mixed across examples.
    const mode = multi ? k % 3 : k % 2;
    let inputs: Value[];
    if (mode === 2) inputs = task.params.map((_, i) => examples[(k + i) % examples.length].inputs[i]);
    else inputs = examples[k % examples.length].inputs.map((v) => vary(v, mode));
    const key = JSON.stringify(inputs);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(inputs);
  }
  return out;
}
