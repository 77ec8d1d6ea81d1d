// A JSON parser that reports errors by line and column and remembers where each array element and
// object member starts, so that a structurally wrong benchmark entry can be pointed at precisely.
import { BenchmarkFormatError, LineIndex, describeCharacter, type SourcePosition } from "./errors";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface LocatedJson {
  readonly value: JsonValue;
  /** Where an array or object starts. */
  containerPosition(container: object): SourcePosition | undefined;
  /** Where an array element or an object member's value starts. */
  memberPosition(container: object, key: string | number): SourcePosition | undefined;
}

const MAX_DEPTH = 500;

export function parseLocatedJson(text: string, file: string): LocatedJson {
  const lines = new LineIndex(text);
  const starts = new WeakMap<object, number>();
  const memberStarts = new WeakMap<object, Map<string, number>>();
  let i = 0;
  let depth = 0;

  const fail = (offset: number, detail: string): never => {
    throw BenchmarkFormatError.at(file, lines.positionAt(offset), detail);
  };
  const found = (): string => (i >= text.length ? "the end of the file" : describeCharacter(String.fromCodePoint(text.codePointAt(i) ?? 0)));
  const skipWhitespace = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };

  const parseValue = (): JsonValue => {
    skipWhitespace();
    const c = text[i];
    if (c === "{" || c === "[") {
      // A depth limit keeps hostile nesting from overflowing the stack.
      if (++depth > MAX_DEPTH) fail(i, `values are nested more than ${MAX_DEPTH} levels deep`);
      const value = c === "{" ? parseObject() : parseArray();
      depth--;
      return value;
    }
    if (c === '"') return parseString();
    if (c === "-" || (c >= "0" && c <= "9")) return parseNumber();
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    return fail(i, `expected a JSON value, found ${found()}`);
  };

  const parseObject = (): JsonValue => {
    // Objects without a prototype keep keys such as "__proto__" as ordinary data.
    const object: { [key: string]: JsonValue } = Object.create(null);
    const members = new Map<string, number>();
    starts.set(object, i);
    memberStarts.set(object, members);
    i++;
    skipWhitespace();
    if (text[i] === "}") {
      i++;
      return object;
    }
    for (;;) {
      skipWhitespace();
      if (text[i] !== '"') fail(i, `expected a property name in double quotes, found ${found()}`);
      const key = parseString();
      skipWhitespace();
      if (text[i] !== ":") fail(i, `expected ':' after the property name, found ${found()}`);
      i++;
      skipWhitespace();
      members.set(key, i);
      object[key] = parseValue();
      skipWhitespace();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "}") {
        i++;
        return object;
      }
      fail(i, `expected ',' or '}' after a property value, found ${found()}`);
    }
  };

  const parseArray = (): JsonValue => {
    const array: JsonValue[] = [];
    const members = new Map<string, number>();
    starts.set(array, i);
    memberStarts.set(array, members);
    i++;
    skipWhitespace();
    if (text[i] === "]") {
      i++;
      return array;
    }
    for (;;) {
      skipWhitespace();
      members.set(String(array.length), i);
      array.push(parseValue());
      skipWhitespace();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "]") {
        i++;
        return array;
      }
      fail(i, `expected ',' or ']' after an array element, found ${found()}`);
    }
  };

  const parseString = (): string => {
    const start = i;
    i++;
    let value = "";
    for (;;) {
      if (i >= text.length) fail(start, "string is not closed before the end of the file");
      const c = text[i];
      if (c === '"') {
        i++;
        return value;
      }
      if (c < " ") fail(i, `control character ${describeCharacter(c)} must be escaped inside a string`);
      if (c !== "\\") {
        value += c;
        i++;
        continue;
      }
      const next = text[i + 1];
      const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
      if (next !== undefined && Object.prototype.hasOwnProperty.call(simple, next)) {
        value += simple[next];
        i += 2;
      } else if (next === "u" && /^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) {
        value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else {
        fail(i, next === undefined ? "string is not closed before the end of the file" : `invalid escape '\\${next}' in a string`);
      }
    }
  };

  const parseNumber = (): number => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!match) return fail(i, `invalid number starting with ${found()}`);
    i += match[0].length;
    return Number(match[0]);
  };

  skipWhitespace();
  if (i >= text.length) fail(i, "the file is empty (expected JSON)");
  const value = parseValue();
  skipWhitespace();
  if (i < text.length) fail(i, `unexpected ${found()} after the end of the JSON value`);

  return {
    value,
    containerPosition: (container) => {
      const offset = starts.get(container);
      return offset === undefined ? undefined : lines.positionAt(offset);
    },
    memberPosition: (container, key) => {
      const offset = memberStarts.get(container)?.get(String(key));
      return offset === undefined ? undefined : lines.positionAt(offset);
    },
  };
}
