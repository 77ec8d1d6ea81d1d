// Finds example text inside comments. A comment's text is first "stripped" (comment markers and
// JSDoc stars removed) into a Virtual text that remembers, for every character, its offset in the file.

export interface Virtual {
  readonly text: string;
  /** map[i] is the file offset of text[i]; map[text.length] is the offset just after the last character. */
  readonly map: readonly number[];
}

export class VirtualBuilder {
  private parts: string[] = [];
  private map: number[] = [];
  private end = 0;
  add(text: string, fileOffset: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.map.push(fileOffset + i);
    this.end = fileOffset + text.length;
  }
  addVirtual(v: Virtual, start: number, end: number): void {
    this.parts.push(v.text.slice(start, end));
    for (let i = start; i < end; i++) this.map.push(v.map[i]);
    this.end = end > start ? v.map[end - 1] + 1 : v.map[start];
  }
  /** A character that is not in the file (a joining newline), placed at `fileOffset`. */
  addSynthetic(ch: string, fileOffset: number): void {
    this.parts.push(ch);
    this.map.push(fileOffset);
    this.end = fileOffset;
  }
  build(): Virtual {
    const map = this.map.slice();
    map.push(this.end);
    return { text: this.parts.join(""), map };
  }
}

export function sliceVirtual(v: Virtual, start: number, end: number): Virtual {
  const b = new VirtualBuilder();
  b.addVirtual(v, start, end);
  return b.build();
}

/** File offsets [start, end) of a virtual span. */
export function fileSpan(v: Virtual, start: number, end: number): [number, number] {
  const s = v.map[Math.min(Math.max(start, 0), v.map.length - 1)];
  if (end <= start) return [s, s];
  const e = v.map[Math.min(end - 1, v.map.length - 1)] + 1;
  return [s, Math.max(s, e)];
}

/** `/** … *\/` or `/* … *\/`: drop the markers and each line's leading `*`. */
export function stripBlockComment(text: string, offset: number): Virtual {
  const b = new VirtualBuilder();
  let body = text;
  let start = 0;
  if (body.startsWith("/**")) start = 3;
  else if (body.startsWith("/*")) start = 2;
  let end = body.length;
  if (body.endsWith("*/") && end - 2 >= start) end -= 2;
  body = text.slice(0, end);
  let i = start;
  let firstLine = true;
  while (i <= end) {
    let nl = body.indexOf("\n", i);
    if (nl < 0) nl = end;
    let j = i;
    if (!firstLine) {
      while (j < nl && (body[j] === " " || body[j] === "\t")) j++;
      if (body[j] === "*") {
        j++;
        if (body[j] === " ") j++;
      }
    }
    let lineEnd = nl;
    if (lineEnd > j && body[lineEnd - 1] === "\r") lineEnd--;
    b.add(body.slice(j, lineEnd), offset + j);
    if (nl < end) b.addSynthetic("\n", offset + nl);
    firstLine = false;
    i = nl + 1;
  }
  return b.build();
}

/** A group of line comments (`//` or `#`), one per line, joined with newlines. */
export function stripLineComments(comments: readonly { text: string; offset: number }[], marker: string): Virtual {
  const b = new VirtualBuilder();
  comments.forEach((c, k) => {
    if (k > 0) b.addSynthetic("\n", c.offset);
    let j = c.text.startsWith(marker) ? marker.length : 0;
    if (marker === "//" && c.text[j] === "/") j++;
    let end = c.text.length;
    if (end > j && c.text[end - 1] === "\r") end--;
    b.add(c.text.slice(j, end), c.offset + j);
  });
  return b.build();
}

// ---------------------------------------------------------------- scanning

export type Flavor = "js" | "python";

export interface RawExample {
  /** The function name the example calls (last segment of a dotted name). */
  name: string;
  /** Virtual span of the name. */
  nameStart: number;
  nameEnd: number;
  /** The call `name(args)`. */
  call: Virtual;
  /** The expected value's text; undefined when the example has none. */
  output?: Virtual;
  /** Virtual span of the whole example. */
  start: number;
  end: number;
  /** A problem found while scanning (the example is then not read further). */
  problem?: { message: string; start: number; end: number };
}

/** Shared step budget so that adversarial comments stay linear. */
class Budget {
  constructor(public left: number) {}
}

/** Index just after the string literal starting at `i` (or the line end for an unterminated one). */
function skipString(text: string, i: number, flavor: Flavor, budget: Budget): number {
  const q = text[i];
  if (flavor === "python" && text.startsWith(q.repeat(3), i)) {
    const close = text.indexOf(q.repeat(3), i + 3);
    const stop = close < 0 ? text.length : close + 3;
    budget.left -= stop - i;
    return stop;
  }
  const multiline = flavor === "js" && q === "`";
  let j = i + 1;
  while (j < text.length) {
    const ch = text[j];
    if (ch === "\\") { j += 2; continue; }
    if (ch === q) { j++; break; }
    if (ch === "\n" && !multiline) break;
    j++;
  }
  budget.left -= j - i;
  return Math.min(j, text.length);
}

const OPEN = "([{";
const CLOSE = ")]}";

/** The index of the `)` matching the `(` at `open`, or -1. */
function findClose(text: string, open: number, flavor: Flavor, budget: Budget): number {
  let depth = 0;
  let i = open;
  while (i < text.length) {
    if (--budget.left < 0) return -1;
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === "`") { i = skipString(text, i, flavor, budget); continue; }
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) {
      depth--;
      if (depth === 0) return ch === ")" ? i : -1;
      if (depth < 0) return -1;
    }
    i++;
  }
  return -1;
}

/** End of a value starting at `i`: the first newline outside brackets and strings, or a trailing comment. */
function valueEnd(text: string, i: number, flavor: Flavor, budget: Budget): number {
  let depth = 0;
  let j = i;
  while (j < text.length) {
    if (--budget.left < 0) return j;
    const ch = text[j];
    if (ch === '"' || ch === "'" || ch === "`") { j = skipString(text, j, flavor, budget); continue; }
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === "\n") break;
    else if (depth === 0 && flavor === "js" && ch === "/" && text[j + 1] === "/") break;
    else if (depth === 0 && flavor === "python" && ch === "#") break;
    j++;
  }
  let e = j;
  while (e > i && /[\s;]/.test(text[e - 1])) e--;
  return e;
}

const CALL = /([A-Za-z_$][\w$]*(?:[ \t]*\.[ \t]*[A-Za-z_$][\w$]*)*)[ \t]*\(/y;

function matchCall(text: string, i: number): { name: string; nameStart: number; nameEnd: number; open: number } | undefined {
  CALL.lastIndex = i;
  const m = CALL.exec(text);
  if (!m) return undefined;
  const dotted = m[1];
  const lastDot = dotted.lastIndexOf(".");
  const name = dotted.slice(lastDot + 1).trim();
  const nameEnd = i + dotted.length;
  return { name, nameStart: nameEnd - name.length, nameEnd, open: i + m[0].length - 1 };
}

/** `a.b(…).c(` style chains: the last call of the chain (a method called on an instance, as in doctests). */
function matchCallChain(text: string, i: number, flavor: Flavor, budget: Budget): { name: string; nameStart: number; nameEnd: number; open: number } | undefined {
  let call = matchCall(text, i);
  for (let hops = 0; call && hops < 20; hops++) {
    const close = findClose(text, call.open, flavor, budget);
    if (close < 0) return call;
    const j = skipBlanks(text, close + 1);
    if (text[j] !== ".") return call;
    const next = matchCall(text, skipBlanks(text, j + 1));
    if (!next) return call;
    call = next;
  }
  return call;
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  return i;
}

/** After a call, the position just after `=>` (`// =>`, `# =>`, `->`), on the same or the next line; or -1. */
function findArrow(text: string, i: number): number {
  let j = skipBlanks(text, i);
  if (text[j] === ";") j = skipBlanks(text, j + 1);
  const arrowAt = (k: number): number => {
    if (text.startsWith("//", k)) k = skipBlanks(text, k + 2);
    else if (text.startsWith("#", k)) k = skipBlanks(text, k + 1);
    if (text.startsWith("=>", k) || text.startsWith("->", k)) return k + 2;
    return -1;
  };
  const same = arrowAt(j);
  if (same >= 0) return same;
  if (text[j] === "\n") return arrowAt(skipBlanks(text, j + 1));
  return -1;
}

export interface ScanResult {
  examples: RawExample[];
  /** True when the comment looked like it held examples (used to decide what to report). */
  truncated: boolean;
}

/**
 * `name(args) => value` / `name(args) // => value` examples at line starts (after an optional
 * `@example`), the value on the same or the next line. In an `@example` section a call to `expected`
 * with no value is reported too.
 */
export function scanArrowExamples(v: Virtual, flavor: Flavor, expected: string | undefined): ScanResult {
  const text = v.text;
  const budget = new Budget(8 * text.length + 100_000);
  const examples: RawExample[] = [];
  let inExample = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    if (budget.left < 0) return { examples, truncated: true };
    let nextLine = text.indexOf("\n", lineStart);
    if (nextLine < 0) nextLine = text.length;
    let i = skipBlanks(text, lineStart);
    if (text.startsWith("@example", i)) {
      inExample = true;
      i = skipBlanks(text, i + 8);
      if (text.startsWith("<caption>", i)) {
        const c = text.indexOf("</caption>", i);
        i = c < 0 || c > nextLine ? nextLine : skipBlanks(text, c + 10);
      }
    } else if (text[i] === "@") {
      inExample = false;
    }
    const call = i < nextLine ? matchCallChain(text, i, flavor, budget) : undefined;
    if (!call) { lineStart = nextLine + 1; continue; }
    const close = findClose(text, call.open, flavor, budget);
    if (close < 0) {
      if (inExample && (expected === undefined || call.name === expected))
        examples.push({
          name: call.name, nameStart: call.nameStart, nameEnd: call.nameEnd, call: sliceVirtual(v, i, nextLine), start: i, end: nextLine,
          problem: { message: `\`${text.slice(i, Math.min(nextLine, i + 40)).trim()}\` has no closing parenthesis`, start: call.open, end: call.open + 1 },
        });
      lineStart = nextLine + 1;
      continue;
    }
    const arrow = findArrow(text, close + 1);
    if (arrow < 0) {
      if (inExample && (expected === undefined || call.name === expected)) {
        const callText = text.slice(i, close + 1);
        examples.push({
          name: call.name, nameStart: call.nameStart, nameEnd: call.nameEnd, call: sliceVirtual(v, i, close + 1), start: i, end: close + 1,
          problem: { message: `\`${short(callText)}\` has no expected value: write \`// => value\` after it`, start: i, end: close + 1 },
        });
      }
      const after = text.indexOf("\n", close);
      lineStart = after < 0 ? text.length + 1 : after + 1;
      continue;
    }
    const outStart = skipBlanks(text, arrow);
    const outEnd = valueEnd(text, outStart, flavor, budget);
    examples.push({
      name: call.name, nameStart: call.nameStart, nameEnd: call.nameEnd,
      call: sliceVirtual(v, i, close + 1),
      output: sliceVirtual(v, outStart, outEnd),
      start: i, end: Math.max(outEnd, arrow),
      problem: outEnd <= outStart ? { message: `\`${short(text.slice(i, close + 1))}\` has no expected value after \`=>\``, start: i, end: arrow } : undefined,
    });
    const after = text.indexOf("\n", Math.max(outEnd, arrow));
    lineStart = after < 0 ? text.length + 1 : after + 1;
  }
  return { examples, truncated: false };
}

function short(s: string): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length <= 60 ? flat : `${flat.slice(0, 59)}…`;
}

/** Python doctests: `>>> call`, `... ` continuation lines, then the expected output up to a blank line or the next `>>>`. */
export function scanDoctests(v: Virtual): ScanResult {
  const text = v.text;
  const lines: { start: number; end: number }[] = [];
  let s = 0;
  for (;;) {
    const nl = text.indexOf("\n", s);
    if (nl < 0) { lines.push({ start: s, end: text.length }); break; }
    lines.push({ start: s, end: nl });
    s = nl + 1;
  }
  const examples: RawExample[] = [];
  const prompt = /^([ \t]*)>>>(?: |$)/;
  const budget = new Budget(8 * text.length + 100_000);
  for (let k = 0; k < lines.length; ) {
    const line = text.slice(lines[k].start, lines[k].end);
    const m = prompt.exec(line);
    if (!m) { k++; continue; }
    const indent = m[1];
    const b = new VirtualBuilder();
    const srcStart = lines[k].start + m[0].length;
    b.addVirtual(v, srcStart, lines[k].end);
    let last = lines[k].end;
    k++;
    const cont = new RegExp(`^${indent}\\.\\.\\.(?: |$)`);
    while (k < lines.length) {
      const cm = cont.exec(text.slice(lines[k].start, lines[k].end));
      if (!cm) break;
      b.addSynthetic("\n", v.map[lines[k].start]);
      b.addVirtual(v, lines[k].start + cm[0].length, lines[k].end);
      last = lines[k].end;
      k++;
    }
    const src = b.build();
    const out = new VirtualBuilder();
    let outLines = 0;
    let outStart = -1;
    while (k < lines.length) {
      const l = text.slice(lines[k].start, lines[k].end);
      if (l.trim() === "" || /^\s*>>>/.test(l)) break;
      const cut = l.startsWith(indent) ? indent.length : l.length - l.trimStart().length;
      if (outLines > 0) out.addSynthetic("\n", v.map[lines[k].start]);
      out.addVirtual(v, lines[k].start + cut, lines[k].end);
      if (outStart < 0) outStart = lines[k].start + cut;
      last = lines[k].end;
      outLines++;
      k++;
    }
    // Only calls count: `>>> x = 5`, `>>> import m` are set-up lines.
    const lead = skipBlanks(src.text, 0);
    const call = matchCallChain(src.text, lead, "python", budget);
    if (!call) continue;
    const close = findClose(src.text, call.open, "python", budget);
    const exStart = srcStart;
    const base = { name: call.name, nameStart: -1, nameEnd: -1, start: exStart, end: last };
    // name offsets are virtual offsets of `v`: find them through the maps.
    const nameFile = src.map[call.nameStart];
    const nameStartV = v.map.indexOf(nameFile, srcStart);
    base.nameStart = nameStartV;
    base.nameEnd = nameStartV + call.name.length;
    const rest = close < 0 ? "" : src.text.slice(close + 1).replace(/#.*$/s, "").trim();
    if (close < 0 || rest.replace(/;$/, "") !== "") {
      examples.push({
        ...base, call: src,
        problem: { message: `\`${short(src.text)}\` is not a plain call: doctest examples must look like \`f(…)\``, start: exStart, end: lines[0] ? exStart + src.text.length : exStart },
      });
      continue;
    }
    const callV = sliceVirtual(src, lead, close + 1);
    if (outLines === 0) {
      examples.push({ ...base, call: callV, problem: { message: `\`${short(callV.text)}\` has no expected output on the line below it`, start: exStart, end: last } });
      continue;
    }
    const output = out.build();
    if (/^Traceback \(most recent call last\)/.test(output.text)) {
      examples.push({ ...base, call: callV, problem: { message: `\`${short(callV.text)}\` raises an exception: Grimoire only learns from returned values`, start: exStart, end: last } });
      continue;
    }
    examples.push({ ...base, call: callV, output });
    if (budget.left < 0) return { examples, truncated: true };
  }
  return { examples, truncated: false };
}
