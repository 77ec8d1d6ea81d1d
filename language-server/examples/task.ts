// From a found function to a synthesis task: types from the annotations where they are usable,
// otherwise inferred from the example values (which must agree).
import { listOf, recordOf, typeVar, type Example, type Parameter, type Task, type Type, type Value } from "../engine/types";
import { hintedConstants, wordsOf } from "./hints";
import { snippet } from "./literals";
import type { Annotation, ExampleProblem, FoundFunction, ReadExample } from "./read";

const UNKNOWN = "?";
const unknown = (): Type => typeVar(UNKNOWN);

/** TypeScript-like text of a type, for messages. */
export function typeText(t: Type): string {
  switch (t.kind) {
    case "string": case "number": case "boolean": return t.kind;
    case "list": {
      const e = typeText(t.element);
      return t.element.kind === "function" ? `(${e})[]` : `${e}[]`;
    }
    case "record": return `{ ${t.fields.map((f) => `${f.name}: ${typeText(f.type)}`).join("; ")} }`;
    case "function": return `(${t.params.map(typeText).join(", ")}) => ${typeText(t.result)}`;
    case "var": return t.name === UNKNOWN ? "unknown" : t.name;
  }
}

function isList(v: Value): v is readonly Value[] {
  return Array.isArray(v);
}
function isRecord(v: Value): v is { readonly [k: string]: Value } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The type of a value, with unknown element types for empty lists; undefined when a list mixes types. */
function partialTypeOf(v: Value): Type | undefined {
  if (typeof v === "string") return { kind: "string" };
  if (typeof v === "number") return { kind: "number" };
  if (typeof v === "boolean") return { kind: "boolean" };
  if (isList(v)) {
    let el: Type = unknown();
    for (const item of v) {
      const t = partialTypeOf(item);
      const j = t && join(el, t);
      if (!j) return undefined;
      el = j;
    }
    return listOf(el);
  }
  const fields: { name: string; type: Type }[] = [];
  for (const [name, fv] of Object.entries(v)) {
    const t = partialTypeOf(fv);
    if (!t) return undefined;
    fields.push({ name, type: t });
  }
  return recordOf(fields);
}

/** The most precise type both fit, or undefined when they disagree. */
function join(a: Type, b: Type): Type | undefined {
  if (a.kind === "var" && a.name === UNKNOWN) return b;
  if (b.kind === "var" && b.name === UNKNOWN) return a;
  if (a.kind !== b.kind) return undefined;
  switch (a.kind) {
    case "list": {
      const e = join(a.element, (b as { element: Type }).element);
      return e && listOf(e);
    }
    case "record": {
      const bf = (b as { fields: readonly { name: string; type: Type }[] }).fields;
      if (a.fields.length !== bf.length) return undefined;
      const fields: { name: string; type: Type }[] = [];
      for (let i = 0; i < a.fields.length; i++) {
        if (a.fields[i].name !== bf[i].name) return undefined;
        const t = join(a.fields[i].type, bf[i].type);
        if (!t) return undefined;
        fields.push({ name: a.fields[i].name, type: t });
      }
      return recordOf(fields);
    }
    default:
      return a;
  }
}

function complete(t: Type): boolean {
  switch (t.kind) {
    case "var": return t.name !== UNKNOWN;
    case "list": return complete(t.element);
    case "record": return t.fields.every((f) => complete(f.type));
    default: return true;
  }
}

/** Whether a value has the declared type (records: exactly the declared fields). */
export function valueFits(v: Value, t: Type): boolean {
  switch (t.kind) {
    case "string": return typeof v === "string";
    case "number": return typeof v === "number";
    case "boolean": return typeof v === "boolean";
    case "list": return isList(v) && v.every((x) => valueFits(x, t.element));
    case "record": {
      if (!isRecord(v)) return false;
      const keys = Object.keys(v);
      return keys.length === t.fields.length && t.fields.every((f) => Object.prototype.hasOwnProperty.call(v, f.name) && valueFits(v[f.name], f.type));
    }
    default: return false;
  }
}

function describeValue(v: Value): string {
  if (typeof v === "string") return "a string";
  if (typeof v === "number") return "a number";
  if (typeof v === "boolean") return "a boolean";
  if (isList(v)) return "a list";
  return "an object";
}

/** Examples whose values do not fit the declared parameter / return types, as problems; the rest are kept. */
export function checkDeclaredTypes(fn: FoundFunction): { kept: ReadExample[]; problems: ExampleProblem[] } {
  const problems: ExampleProblem[] = [];
  const kept = fn.examples.filter((e) => {
    const restAt = fn.params.findIndex((p) => p.rest);
    const slots = [...e.inputs.map((v, k) => ({ v, p: restAt >= 0 && k >= restAt ? undefined : fn.params[k], range: e.inputRanges[k] ?? e.range, label: `\`${fn.params[k]?.name}\`` })),
      { v: e.output, p: { type: fn.returnType, annotation: fn.returnAnnotation }, range: e.outputRange ?? e.range, label: "the result" }];
    for (const { v, p, range, label } of slots) {
      if (!p) continue;
      if (p.type && !valueFits(v, p.type)) {
        problems.push({ message: `\`${snippet(JSON.stringify(v) ?? String(v))}\` is ${describeValue(v)}, but ${label} is declared \`${typeText(p.type)}\``, range });
        return false;
      }
      const shape = p.annotation?.shape;
      if (!p.type && shape && !(shape === "list" ? isList(v) : isRecord(v))) {
        problems.push({ message: `\`${snippet(JSON.stringify(v) ?? String(v))}\` is ${describeValue(v)}, but ${label} is declared \`${p.annotation!.text}\``, range });
        return false;
      }
    }
    return true;
  });
  return { kept, problems };
}

interface Slot {
  label: string;
  declared?: Type;
  annotation?: Annotation;
  inferred?: Type;
}

/** The task, or every problem that stands in its way (an example that disagrees is a problem, not silently dropped). */
export function buildTask(fn: FoundFunction): { task: Task } | { problems: ExampleProblem[] } {
  const problems: ExampleProblem[] = [];
  if (fn.examples.length === 0) {
    return { problems: [{ message: `\`${fn.name}\` has no usable examples: write at least one example with literal values`, range: fn.commentRange }] };
  }
  // Arity: the first example's; others must agree.
  const arity = fn.examples[0].inputs.length;
  let examples: ReadExample[] = [];
  fn.examples.forEach((e, i) => {
    if (e.inputs.length !== arity) {
      problems.push({ message: `example ${i + 1} (\`${snippet(e.call, 60)}\`) passes ${e.inputs.length} arguments but example 1 passes ${arity}`, range: e.range });
    } else examples.push(e);
  });
  const names = Array.from({ length: arity }, (_, i) => {
    const p = fn.params[i];
    return p && !p.rest && !fn.params.slice(0, i).some((q) => q.rest) ? p.name : `arg${i}`;
  });
  const usable = (i: number) => (fn.params[i] && !fn.params.slice(0, i + 1).some((p) => p.rest) ? fn.params[i] : undefined);
  const slots: Slot[] = names.map((name, i) => ({ label: `\`${name}\``, declared: usable(i)?.type, annotation: usable(i)?.annotation }));
  slots.push({ label: "the result", declared: fn.returnType, annotation: fn.returnAnnotation });

  // Annotations Grimoire cannot use stop here: guessing past them would synthesize the wrong function.
  const fatal: ExampleProblem[] = [];
  for (const s of slots) if (s.annotation?.problem && !s.declared) fatal.push({ message: `${s.label}: ${s.annotation.problem}`, range: s.annotation.range });
  if (fatal.length > 0) return { problems: [...problems, ...fatal] };

  const valueAt = (e: ReadExample, k: number): Value => (k < arity ? e.inputs[k] : e.output);
  const rangeAt = (e: ReadExample, k: number) => (k < arity ? (e.inputRanges[k] ?? e.range) : (e.outputRange ?? e.range));

  // Declared types and annotation shapes first, then inference in example order.
  examples = examples.filter((e, idx) => {
    for (let k = 0; k < slots.length; k++) {
      const s = slots[k];
      const v = valueAt(e, k);
      if (s.declared && !valueFits(v, s.declared)) {
        problems.push({ message: `\`${snippet(JSON.stringify(v) ?? String(v))}\` does not fit ${s.label}, declared \`${typeText(s.declared)}\``, range: rangeAt(e, k) });
        return false;
      }
      const shape = s.annotation?.shape;
      if (!s.declared && shape && !(shape === "list" ? isList(v) : isRecord(v))) {
        problems.push({ message: `${describeValue(v)} does not fit ${s.label}, declared \`${s.annotation!.text}\``, range: rangeAt(e, k) });
        return false;
      }
    }
    for (let k = 0; k < slots.length; k++) {
      const s = slots[k];
      if (s.declared) continue;
      const t = partialTypeOf(valueAt(e, k));
      if (!t) {
        problems.push({ message: `example ${idx + 1} (\`${snippet(e.call, 60)}\`): this list mixes values of different types`, range: rangeAt(e, k) });
        return false;
      }
    }
    const proposed: (Type | undefined)[] = [];
    for (let k = 0; k < slots.length; k++) {
      const s = slots[k];
      if (s.declared) continue;
      const t = partialTypeOf(valueAt(e, k))!;
      const j = s.inferred ? join(s.inferred, t) : t;
      if (!j) {
        problems.push({
          message: `example ${idx + 1} (\`${snippet(e.call, 60)}\`) gives ${s.label} the type \`${typeText(t)}\`, but the examples before it give \`${typeText(s.inferred!)}\``,
          range: rangeAt(e, k),
        });
        return false;
      }
      proposed[k] = j;
    }
    proposed.forEach((t, k) => { if (t) slots[k].inferred = t; });
    return true;
  });
  if (examples.length === 0) return { problems: [...problems, { message: `\`${fn.name}\` has no examples left that agree on their types`, range: fn.commentRange }] };

  const types: Type[] = [];
  for (const s of slots) {
    const t = s.declared ?? s.inferred;
    if (!t || !complete(t)) {
      return {
        problems: [...problems, {
          message: `Grimoire cannot tell the type of ${s.label} from the examples (${t ? `\`${typeText(t)}\`: only empty lists` : "no values"}): add a type annotation or a non-empty example`,
          range: s.annotation?.range ?? fn.commentRange,
        }],
      };
    }
    types.push(t);
  }
  const params: Parameter[] = names.map((name, i) => ({ name, type: types[i] }));
  const taskExamples: Example[] = examples.map((e) => ({ inputs: e.inputs, output: e.output }));
  if (problems.length > 0) return { problems };
  const constants = hintedConstants(fn.name, fn.description ?? "");
  const words = [...new Set([...wordsOf(fn.name), ...wordsOf(fn.description ?? "")])];
  return {
    task: {
      name: fn.name,
      params,
      returnType: types[types.length - 1],
      examples: taskExamples,
      ...(constants.length > 0 ? { constants } : {}),
      ...(words.length > 0 ? { words } : {}),
    },
  };
}
