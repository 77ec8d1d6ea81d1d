// Readers for the JSON benchmark sets: BUSTLE string tasks, DreamCoder list tasks and list-functions-250.
import { BOOLEAN, NUMBER, STRING, listOf, type Example, type Task, type Type, type Value } from "../engine/types";
import { BenchmarkFormatError, type SourcePosition } from "./errors";
import type { JsonValue, LocatedJson } from "./json";

export type JsonBenchmarkFormat = "bustle" | "dreamcoder" | "list-functions";

/** One entry of a JSON benchmark file: a task, or the reason that entry could not be read. */
export type JsonEntry = { readonly task: Task } | { readonly name: string; readonly error: BenchmarkFormatError };

/** Recognizes the format from the shape of the parsed file; undefined when it is none of the known ones. */
export function detectJsonFormat(value: JsonValue): JsonBenchmarkFormat | undefined {
  if (Array.isArray(value)) {
    const objects = value.filter(isObject);
    if (objects.some((entry) => "trainExamples" in entry)) return "bustle";
    if (objects.some((entry) => "examples" in entry && "type" in entry)) return "dreamcoder";
    return undefined;
  }
  return isObject(value) && "data" in value ? "list-functions" : undefined;
}

/**
 * Reads the entries of a parsed JSON benchmark file. A structurally wrong entry becomes an error entry
 * naming it and where it is; the other entries are still read. `fileTaskName` names the single task of a
 * list-functions file.
 */
export function readJsonBenchmark(json: LocatedJson, file: string, format: JsonBenchmarkFormat, fileTaskName: string): JsonEntry[] {
  const root: Cursor = { json, file, value: json.value, path: "", position: json.containerPosition(json.value as object) ?? { line: 1, column: 1 }, label: "" };
  if (format === "list-functions") return [readEntry(() => readListFunctionsTask(root, fileTaskName), fileTaskName)];
  const entries = expectArray(root);
  return entries.map((value, index) => {
    const named = isObject(value) && typeof value.name === "string" ? value.name : undefined;
    const label = named === undefined ? `entry ${index}` : `entry ${index} (${JSON.stringify(named)})`;
    const entry = { ...element(root, entries, index), path: "", label };
    return readEntry(() => (format === "bustle" ? readBustleTask(entry) : readDreamCoderTask(entry)), named ?? `#${index}`);
  });
}

function readEntry(read: () => Task, name: string): JsonEntry {
  try {
    return { task: read() };
  } catch (error) {
    if (error instanceof BenchmarkFormatError) return { name, error };
    throw error;
  }
}

/** `{name, trainExamples:[{inputs:[str...], output:str}], testExamples:[...]}`; parameters are var_0, var_1, ... */
function readBustleTask(entry: Cursor): Task {
  const name = expectString(field(entry, "name"));
  const readExamples = (key: string): Example[] =>
    expectArrayItems(field(entry, key)).map((exampleCursor) => {
      const inputs = expectArrayItems(field(exampleCursor, "inputs")).map(expectString);
      return { inputs, output: expectString(field(exampleCursor, "output")) };
    });
  const examples = readExamples("trainExamples");
  const heldOut = "testExamples" in (entry.value as object) ? readExamples("testExamples") : [];
  if (examples.length === 0) fail(field(entry, "trainExamples"), "has no examples");
  const arity = examples[0].inputs.length;
  const all = [...examples, ...heldOut];
  const odd = all.findIndex((example) => example.inputs.length !== arity);
  if (odd >= 0) {
    const key = odd < examples.length ? "trainExamples" : "testExamples";
    const index = odd < examples.length ? odd : odd - examples.length;
    const list = field(entry, key);
    fail(field(element(list, list.value as JsonValue[], index), "inputs"), `has ${all[odd].inputs.length} inputs but the first example has ${arity}`);
  }
  const params = Array.from({ length: arity }, (_, i) => ({ name: `var_${i}`, type: STRING }));
  return { name, params, returnType: STRING, examples, heldOut: heldOut.length > 0 ? heldOut : undefined };
}

const DREAMCODER_TYPES: Record<string, Type> = {
  int: NUMBER,
  bool: BOOLEAN,
  "list-of-int": listOf(NUMBER),
  "list-of-bool": listOf(BOOLEAN),
};

/** `{name, type:{input, output}, examples:[{i, o}]}`: one parameter xs; the first five examples are searched, the rest held out. */
function readDreamCoderTask(entry: Cursor): Task {
  const name = expectString(field(entry, "name"));
  const typeCursor = field(entry, "type");
  const readType = (key: string): Type => {
    const cursor = field(typeCursor, key);
    const text = expectString(cursor);
    if (!Object.prototype.hasOwnProperty.call(DREAMCODER_TYPES, text)) fail(cursor, `is ${JSON.stringify(text)}, not one of ${Object.keys(DREAMCODER_TYPES).join(", ")}`);
    return DREAMCODER_TYPES[text];
  };
  const inputType = readType("input");
  const outputType = readType("output");
  const all = expectArrayItems(field(entry, "examples")).map((example) => ({
    inputs: [expectTyped(field(example, "i"), inputType)],
    output: expectTyped(field(example, "o"), outputType),
  }));
  return splitExamples({ name, params: [{ name: "xs", type: inputType }], returnType: outputType }, all, field(entry, "examples"));
}

/** `{canary, id, program, data:[{i:[int], o:[int]}]}`; named after the file, since `id` numbers differently in half the set. */
function readListFunctionsTask(root: Cursor, name: string): Task {
  const intList = listOf(NUMBER);
  const dataCursor = field(root, "data");
  const all = expectArrayItems(dataCursor).map((example) => ({
    inputs: [expectTyped(field(example, "i"), intList)],
    output: expectTyped(field(example, "o"), intList),
  }));
  return splitExamples({ name, params: [{ name: "xs", type: intList }], returnType: intList }, all, dataCursor);
}

const SEARCHED_EXAMPLES = 5;

function splitExamples(signature: Omit<Task, "examples">, all: Example[], where: Cursor): Task {
  if (all.length === 0) fail(where, "has no examples");
  const heldOut = all.slice(SEARCHED_EXAMPLES);
  return { ...signature, examples: all.slice(0, SEARCHED_EXAMPLES), heldOut: heldOut.length > 0 ? heldOut : undefined };
}

/** A position in the parsed file, with the path that leads there for messages. */
interface Cursor {
  readonly json: LocatedJson;
  readonly file: string;
  readonly value: JsonValue;
  readonly path: string;
  readonly position: SourcePosition;
  /** Names the entry in messages, e.g. `entry 3 ("addDecimal")`. */
  readonly label: string;
}

function fail(cursor: Cursor, detail: string): never {
  const where = [cursor.label, cursor.path].filter((part) => part !== "").join(": ");
  throw BenchmarkFormatError.at(cursor.file, cursor.position, where === "" ? detail : `${where} ${detail}`);
}

function isObject(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeJson(value: JsonValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 40 ? `${text.slice(0, 37)}...` : text}`;
}

function field(cursor: Cursor, key: string): Cursor {
  const object = cursor.value;
  if (!isObject(object)) return fail(cursor, `must be an object, found ${describeJson(object)}`);
  if (!(key in object)) return fail(cursor, `has no field '${key}'`);
  const path = cursor.path === "" ? key : `${cursor.path}.${key}`;
  return { ...cursor, value: object[key], path, position: cursor.json.memberPosition(object, key) ?? cursor.position };
}

function element(cursor: Cursor, array: JsonValue[], index: number): Cursor {
  return { ...cursor, value: array[index], path: `${cursor.path}[${index}]`, position: cursor.json.memberPosition(array, index) ?? cursor.position };
}

function expectArray(cursor: Cursor): JsonValue[] {
  if (!Array.isArray(cursor.value)) return fail(cursor, `must be an array, found ${describeJson(cursor.value)}`);
  return cursor.value;
}

function expectArrayItems(cursor: Cursor): Cursor[] {
  const array = expectArray(cursor);
  return array.map((_, index) => element(cursor, array, index));
}

function expectString(cursor: Cursor): string {
  if (typeof cursor.value !== "string") return fail(cursor, `must be a string, found ${describeJson(cursor.value)}`);
  return cursor.value;
}

function expectTyped(cursor: Cursor, type: Type): Value {
  const value = cursor.value;
  switch (type.kind) {
    case "number":
      if (typeof value !== "number" || !Number.isInteger(value)) return fail(cursor, `must be an integer, found ${describeJson(value)}`);
      return value;
    case "boolean":
      if (typeof value !== "boolean") return fail(cursor, `must be a boolean, found ${describeJson(value)}`);
      return value;
    case "string":
      return expectString(cursor);
    case "list":
      return expectArrayItems(cursor).map((item) => expectTyped(item, type.element));
    default:
      return fail(cursor, `has a type this reader does not handle`);
  }
}
