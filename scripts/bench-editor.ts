// Editor-side figures for the language server, printed next to their goals (a benchmark, not a test:
// nothing here passes or fails). Run: npm run bench:editor  (builds, then runs this file under tsx).
//
//   1. textDocument/codeAction round trip (median, p99, max) on a generated 2,000-line TypeScript
//      file while the worker is busy with a 30 s search that cannot succeed; some requests come right
//      after a didChange. Goal: p99 < 50 ms.
//   2. From didOpen of a document with one solvable stub (each function of examples/strings.ts,
//      examples/records.ts, examples/lists.py) to codeAction/resolve returning its edit.
//      Goal: median < 1 s.
//   3. The size of grimoire-<version>.vsix at the repository root.
//   4. The server's resident memory (VmRSS, VmHWM of the process, worker thread included) before and
//      after 100 distinct searches.
//
// Options: --requests N (default 500), --seed N (default 1), --only 1,2,4 (which figures to measure),
// --save-file PATH (also writes figure 1's generated 2,000-line file there).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { mulberry32 as random } from "../language-server/guidance/inputs";
import { TestClient } from "../test/support/lsp-client";

const ROOT = path.join(__dirname, "..");

interface Pos {
  line: number;
  character: number;
}
interface Range {
  start: Pos;
  end: Pos;
}
interface Action {
  title: string;
  isPreferred?: boolean;
  data?: unknown;
  edit?: unknown;
}
interface Lens {
  range: Range;
  command?: { title: string };
}
interface Row {
  figure: string;
  value: string;
  goal: string;
  how: string;
}

const rows: Row[] = [];
const storageDirs: string[] = [];

// ------------------------------------------------------------ small helpers

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}


/** Nearest-rank percentile of a list of numbers. */
function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const ms = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms` : "n/a");
const sec = (x: number) => (Number.isFinite(x) ? `${(x / 1000).toFixed(2)} s` : "n/a");
const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

function storagePath(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "grimoire-bench-editor-"));
  storageDirs.push(dir);
  return dir;
}

function lastStatus(client: TestClient): { state: string; text: string } | undefined {
  for (let i = client.notifications.length - 1; i >= 0; i--) {
    const n = client.notifications[i];
    if (n.method === "grimoire/status") return n.params as { state: string; text: string };
  }
  return undefined;
}

function refreshCount(client: TestClient): number {
  return client.notifications.filter((n) => n.method === "workspace/codeLens/refresh").length;
}

function memory(pid: number): { rss: number; hwm: number; threads: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? NaN);
  return { rss: field("VmRSS"), hwm: field("VmHWM"), threads: field("Threads") };
}

async function codeActions(client: TestClient, uri: string, at: Pos): Promise<Action[]> {
  return ((await client.connection.sendRequest("textDocument/codeAction", {
    textDocument: { uri },
    range: { start: at, end: at },
    context: { diagnostics: [], triggerKind: 2 },
  })) ?? []) as Action[];
}

function closeDocument(client: TestClient, uri: string): void {
  void client.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
}

// ------------------------------------------------------------ figure 1: codeAction latency

const BUSY_NAME = "mystery";

/** Stubs placed through the generated file; the busy one has no program in the DSL and keeps the worker for its 30 s. */
const STUBS: { at: number; text: string }[] = [
  {
    at: 0.03,
    text: `/**
 * The domain of an e-mail address.
 * @example emailDomain("ada@lovelace.org") // => "lovelace.org"
 * @example emailDomain("grace.hopper@navy.mil") // => "navy.mil"
 */
export function emailDomain(email: string): string {
  throw new Error("not implemented");
}`,
  },
  {
    at: 0.2,
    text: `// slug("Hello World") => "hello-world"
// slug("Grimoire Writes Code") => "grimoire-writes-code"
export const slug = (title: string): string => {
  throw new Error("not implemented");
};`,
  },
  {
    at: 0.45,
    text: `/**
 * Nobody knows what this does.
 * @example ${BUSY_NAME}("abc") // => "q7zx"
 * @example ${BUSY_NAME}("hello") // => "m1p"
 * @example ${BUSY_NAME}("grimoire") // => "zz9ka"
 * @example ${BUSY_NAME}("x") // => "plo0w"
 */
export function ${BUSY_NAME}(s: string): string {
  throw new Error("not implemented");
}`,
  },
  {
    at: 0.7,
    text: `/**
 * Capitalizes every word.
 * @example titleCase("hello world") // => "Hello World"
 * @example titleCase("the quick brown fox") // => "The Quick Brown Fox"
 */
export function titleCase(text: string): string {
  throw new Error("not implemented");
}`,
  },
  {
    at: 0.92,
    text: `/**
 * @example sumOfSquares([1, 2, 3]) // => 14
 * @example sumOfSquares([4]) // => 16
 * @example sumOfSquares([2, 2]) // => 8
 */
export function sumOfSquares(xs: number[]): number {
  throw new Error("not implemented");
}`,
  },
];

/** Ordinary code: functions with bodies, interfaces and classes, in a few shapes. */
function ordinaryBlock(i: number): string {
  switch (i % 5) {
    case 0:
      return `/**
 * Scores the entries of bucket ${i}.
 * @param items the entries to score
 * @param weight how much each active entry counts
 */
export function scoreBucket${i}(items: readonly Item[], weight: number): number {
  let total = 0;
  for (const item of items) {
    if (item.active && item.value > ${i % 97}) {
      total += item.value * weight;
    } else {
      total -= ${(i % 7) + 1};
    }
  }
  return Math.round(total / (items.length || 1));
}`;
    case 1:
      return `export interface Record${i} {
  readonly id: string;
  readonly label: string;
  readonly tags: readonly string[];
  readonly createdAt: Date;
  readonly weight?: number;
}

export function describeRecord${i}(r: Record${i}): string {
  const tags = r.tags.length > 0 ? \` [\${r.tags.join(", ")}]\` : "";
  return \`\${r.label} (\${r.id})\${tags}, weight \${r.weight ?? ${i % 11}}\`;
}`;
    case 2:
      return `export class Cache${i}<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();

  constructor(private readonly ttlMs = ${(i % 9) * 1000 + 500}) {}

  get(key: string): T | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (Date.now() - hit.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.value;
  }

  set(key: string, value: T): void {
    this.entries.set(key, { value, at: Date.now() });
  }
}`;
    case 3:
      return `// Groups the names by their first letter, keeping the first ${i % 13 + 2} of each group.
export const groupNames${i} = (names: readonly string[]): Map<string, string[]> => {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const key = name.charAt(0).toUpperCase();
    const group = groups.get(key) ?? [];
    if (group.length < ${(i % 13) + 2}) group.push(name);
    groups.set(key, group);
  }
  return groups;
};`;
    default:
      return `export async function fetchPage${i}(url: string, page = ${i % 5}): Promise<string[]> {
  const response = await fetch(\`\${url}?page=\${page}&size=${(i % 4) * 25 + 25}\`);
  if (!response.ok) {
    throw new Error(\`request failed: \${response.status} \${response.statusText}\`);
  }
  const body = (await response.json()) as { items?: { name: string }[] };
  return (body.items ?? []).map((item) => item.name.trim()).filter((name) => name.length > 0);
}`;
  }
}

function largeFile(lineCount: number): string {
  const head = `// A generated module for the editor benchmark: ordinary code with a few stubs that have examples.

export interface Item {
  readonly active: boolean;
  readonly value: number;
}
`;
  const parts: string[] = [head];
  let lines = head.split("\n").length;
  const pending = [...STUBS];
  for (let i = 0; lines < lineCount - 2; i++) {
    const block = pending.length > 0 && lines >= pending[0].at * lineCount ? pending.shift()!.text : ordinaryBlock(i);
    const n = block.split("\n").length + 1;
    if (lines + n > lineCount && pending.length === 0) break;
    parts.push(block + "\n");
    lines += n;
  }
  for (const stub of pending) parts.push(stub.text + "\n");
  let text = parts.join("\n");
  // Pad with short comment lines to exactly lineCount lines.
  while (text.split("\n").length < lineCount) text += `// padding line ${text.split("\n").length}\n`;
  return text;
}

async function figureCodeActionLatency(requests: number, seed: number): Promise<void> {
  console.log(`\n[1] textDocument/codeAction latency while a search runs (${requests} requests, seed ${seed})`);
  console.log(`    alone: node --import tsx scripts/bench-editor.ts --only 1 --requests ${requests} --seed ${seed}`);
  const rand = random(seed);
  const text = largeFile(2000);
  const lines = text.split("\n");
  const save = argValue("--save-file");
  if (save) fs.writeFileSync(save, text);
  console.log(`    generated file: ${lines.length} lines, ${text.length} characters, ${STUBS.length} stubs with examples`);
  const client = await TestClient.start({ storagePath: storagePath(), settings: { timeoutSeconds: 30 } });
  const uri = "file:///bench/large-module.ts";
  try {
    const opened = performance.now();
    client.open(uri, "typescript", text);
    await client.until(() => {
      const s = lastStatus(client);
      return s?.state === "searching" && s.text.includes(BUSY_NAME);
    }, 30_000, `the ${BUSY_NAME} search to start`);
    console.log(`    the ${BUSY_NAME} search is running ${sec(performance.now() - opened)} after didOpen (the stubs before it were searched first)`);

    // Where the stubs are (their comment through their body), to send some requests there.
    const stubLines: number[] = [];
    lines.forEach((l, i) => {
      if (/@example|^\/\/ slug\(/.test(l)) for (let k = i; k < i + 10 && k < lines.length; k++) stubLines.push(k);
    });
    // Lines whose number literal the edits change: `total -= N;` inside ordinary bodies.
    const editable = lines.flatMap((l, i) => (/^ {6}total -= \d+;$/.test(l) ? [i] : []));
    let version = 1;
    const samples: { ms: number; line: number; afterChange: boolean; actions: number }[] = [];
    for (let r = 0; r < requests; r++) {
      const afterChange = r % 10 === 5;
      if (afterChange) {
        const line = editable[Math.floor(rand() * editable.length)];
        const old = lines[line];
        const digits = /\d+/.exec(old)!;
        const next = String(Number(digits[0]) + 1);
        lines[line] = old.slice(0, digits.index) + next + old.slice(digits.index + digits[0].length);
        version++;
        void client.connection.sendNotification("textDocument/didChange", {
          textDocument: { uri, version },
          contentChanges: [
            {
              range: { start: { line, character: digits.index }, end: { line, character: digits.index + digits[0].length } },
              text: next,
            },
          ],
        });
      }
      // One request in five lands in a stub; the rest anywhere in the file.
      const line = rand() < 0.2 ? stubLines[Math.floor(rand() * stubLines.length)] : Math.floor(rand() * lines.length);
      const character = Math.floor(rand() * (lines[line].length + 1));
      const t0 = performance.now();
      const actions = await codeActions(client, uri, { line, character });
      samples.push({ ms: performance.now() - t0, line, afterChange, actions: actions.length });
    }
    const busy = lastStatus(client);
    const all = samples.map((s) => s.ms);
    const steady = samples.filter((s) => !s.afterChange).map((s) => s.ms);
    const changed = samples.filter((s) => s.afterChange).map((s) => s.ms);
    const withActions = samples.filter((s) => s.actions > 0).length;
    console.log(`    still searching at the end: ${busy?.state === "searching" ? `yes (${busy.text})` : `no (${busy?.state})`}`);
    console.log(`    ${withActions} of ${samples.length} requests returned actions`);
    const line = (label: string, v: number[]) =>
      console.log(`    ${label.padEnd(28)} n=${String(v.length).padStart(3)}  median ${ms(percentile(v, 50)).padStart(9)}  p90 ${ms(percentile(v, 90)).padStart(9)}  p99 ${ms(percentile(v, 99)).padStart(9)}  max ${ms(Math.max(...v)).padStart(9)}`);
    line("all requests", all);
    line("steady (no edit just before)", steady);
    line("right after a didChange", changed);
    const slowest = [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5);
    console.log(`    slowest: ${slowest.map((s) => `${ms(s.ms)} (line ${s.line + 1}${s.afterChange ? ", after didChange" : ""}, ${s.actions} actions)`).join("; ")}`);
    const how = `${requests} codeAction requests on a 2,000-line .ts file while the worker runs a 30 s search; every 10th right after an incremental didChange`;
    rows.push({ figure: "codeAction p99 (all)", value: `${ms(percentile(all, 99))} (median ${ms(percentile(all, 50))}, max ${ms(Math.max(...all))})`, goal: "< 50 ms", how });
    rows.push({ figure: "codeAction p99 (steady)", value: `${ms(percentile(steady, 99))} (median ${ms(percentile(steady, 50))}, max ${ms(Math.max(...steady))})`, goal: "", how: "same run, requests with no edit just before" });
    rows.push({ figure: "codeAction p99 (after edit)", value: `${ms(percentile(changed, 99))} (median ${ms(percentile(changed, 50))}, max ${ms(Math.max(...changed))})`, goal: "", how: "same run, the request right after each didChange" });
  } finally {
    await client.stop();
  }
}

// ------------------------------------------------------------ figure 2: didOpen to edit ready

interface ExampleFunction {
  file: string;
  name: string;
  languageId: string;
  /** The file with every other function with examples removed; `rename` gives the same text with the function renamed. */
  document(rename: string): string;
  /** Its function's first line in that document (the `def`/`function`/`const` line). */
  line: number;
}

/**
 * Splits an example file into its functions: each function's definition line, the comment lines just
 * above it, and its body (to the closing `}` at column 0, or the end of the indented Python block).
 */
function exampleFunctions(file: string): ExampleFunction[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  const lines = text.split("\n");
  const python = file.endsWith(".py");
  const spans: { name: string; start: number; def: number; end: number }[] = [];
  lines.forEach((l, i) => {
    const m = python ? /^def (\w+)\(/.exec(l) : /^(?:export )?(?:function (\w+)\(|const (\w+) = )/.exec(l);
    if (!m) return;
    const name = m[1] ?? m[2];
    let start = i;
    while (start > 0 && /^\s*(\/\/|\/\*\*|\*|#)/.test(lines[start - 1])) start--;
    let end = i;
    if (python) {
      while (end + 1 < lines.length && (lines[end + 1] === "" || /^\s/.test(lines[end + 1]))) end++;
      while (end > i && lines[end] === "") end--;
    } else {
      while (end < lines.length && !/^}/.test(lines[end])) end++;
    }
    spans.push({ name, start, def: i, end });
  });
  return spans.map((span) => {
    const keep = (i: number) => !spans.some((s) => s !== span && i >= s.start && i <= s.end);
    const kept = lines.map((l, i) => (keep(i) ? l : undefined));
    const line = kept.slice(0, span.def).filter((l) => l !== undefined).length;
    return {
      file,
      name: span.name,
      languageId: python ? "python" : "typescript",
      line,
      document: (rename: string) =>
        kept
          .flatMap((l, i) => (l === undefined ? [] : [i >= span.start && i <= span.end ? l.replace(new RegExp(`\\b${span.name}\\b`, "g"), rename) : l]))
          .join("\n"),
    };
  });
}

/** Opens the document and times didOpen until codeAction/resolve for its function returns an edit. */
async function openToEdit(client: TestClient, fn: ExampleFunction, uri: string, newName: string, mode: "at once" | "after lens"): Promise<{ ms: number; edit: boolean; lensMs?: number }> {
  const text = fn.document(newName);
  const refreshes = refreshCount(client);
  const t0 = performance.now();
  client.open(uri, fn.languageId, text);
  let lensMs: number | undefined;
  if (mode === "after lens") {
    // As the editor does: fetch the lenses again on each refresh until the function's lens says ✓.
    let seen = refreshes;
    for (;;) {
      await client.until(() => refreshCount(client) > seen, 30_000, `a lens refresh for ${newName}`);
      seen = refreshCount(client);
      const lenses = ((await client.connection.sendRequest("textDocument/codeLens", { textDocument: { uri } })) ?? []) as Lens[];
      const title = lenses.find((l) => l.range.start.line === fn.line)?.command?.title ?? "";
      if (title.startsWith("✓")) break;
      if (title.startsWith("✗") || title.startsWith("⚠")) throw new Error(`${newName}: ${title}`);
    }
    lensMs = performance.now() - t0;
  }
  const actions = await codeActions(client, uri, { line: fn.line, character: 0 });
  const action = actions.find((a) => a.isPreferred) ?? actions[0];
  if (!action) throw new Error(`no action for ${newName} in ${fn.file}`);
  const resolved = (await client.connection.sendRequest("codeAction/resolve", action)) as Action;
  const elapsed = performance.now() - t0;
  closeDocument(client, uri);
  return { ms: elapsed, edit: resolved.edit !== undefined, lensMs };
}

async function figureOpenToEdit(): Promise<void> {
  console.log(`\n[2] didOpen of a document with one solvable stub → codeAction/resolve returns its edit`);
  console.log(`    alone: node --import tsx scripts/bench-editor.ts --only 2`);
  const functions = ["examples/strings.ts", "examples/records.ts", "examples/lists.py"].flatMap(exampleFunctions);
  console.log(`    ${functions.length} functions: ${functions.map((f) => f.name).join(", ")}`);
  console.log(`    each document holds the file with the other stubs removed; each trial renames the function`);
  console.log(`    (e.g. titleCase → titleCaseR2) so its task key is new and no cached result answers`);
  const results: Record<string, number[]> = { cold: [], warm: [], lens: [] };
  const perFunction: string[] = [];

  // (a) a fresh server per trial: worker start, first parse and search all counted.
  const cold = new Map<ExampleFunction, number>();
  for (const fn of functions) {
    const client = await TestClient.start({ storagePath: storagePath() });
    try {
      const r = await openToEdit(client, fn, `file:///bench/cold/${fn.name}${path.extname(fn.file)}`, fn.name, "at once");
      if (!r.edit) console.log(`    ! ${fn.name}: resolve (fresh server) returned no edit`);
      results.cold.push(r.ms);
      cold.set(fn, r.ms);
    } finally {
      await client.stop();
    }
  }

  // (b) and (c): one warm server, a unique task per trial.
  const client = await TestClient.start({ storagePath: storagePath() });
  try {
    // Start the worker and load the grammars with an unrelated document first.
    await openToEdit(client, exampleFunctions("examples/records.ts")[1], "file:///bench/warmup.ts", "warmupAdult", "at once");
    let trial = 0;
    const rename = (fn: ExampleFunction) => (fn.languageId === "python" ? `${fn.name}_r${trial}` : `${fn.name}R${trial}`);
    for (let rep = 0; rep < 2; rep++) {
      for (const fn of functions) {
        trial++;
        const name = rename(fn);
        const ext = path.extname(fn.file);
        const atOnce = await openToEdit(client, fn, `file:///bench/warm/${trial}/${name}${ext}`, name, "at once");
        trial++;
        const name2 = rename(fn);
        const lens = await openToEdit(client, fn, `file:///bench/lens/${trial}/${name2}${ext}`, name2, "after lens");
        if (!atOnce.edit || !lens.edit) console.log(`    ! ${fn.name}: resolve returned no edit`);
        results.warm.push(atOnce.ms);
        results.lens.push(lens.ms);
        if (rep === 0) perFunction.push(`${fn.name.padEnd(15)} ${sec(cold.get(fn)!).padStart(7)} ${sec(atOnce.ms).padStart(7)} ${sec(lens.ms).padStart(7)}  (lens ✓ at ${sec(lens.lensMs!)})`);
      }
    }
  } finally {
    await client.stop();
  }
  console.log(`    per function (first round): (a) fresh server, resolve at once; (b) warm server, resolve at once; (c) warm server, lens ✓ then resolve`);
  console.log(`      ${"".padEnd(15)} ${"(a)".padStart(7)} ${"(b)".padStart(7)} ${"(c)".padStart(7)}`);
  for (const p of perFunction) console.log(`      ${p}`);
  const describe = (v: number[]) => `median ${sec(percentile(v, 50))}, p90 ${sec(percentile(v, 90))} (n=${v.length}, max ${sec(Math.max(...v))})`;
  console.log(`    (a) fresh server per trial, resolve right after didOpen:      ${describe(results.cold)}`);
  console.log(`    (b) warm server, unique task, resolve right after didOpen:    ${describe(results.warm)}`);
  console.log(`    (c) warm server, unique task, background search, lens ✓ then resolve: ${describe(results.lens)}`);
  rows.push({
    figure: "open → edit (background)",
    value: describe(results.lens),
    goal: "median < 1 s",
    how: "warm server, unique task per trial; didOpen, refetch lenses on each refresh until ✓, then codeAction + codeAction/resolve",
  });
  rows.push({ figure: "open → edit (resolve now)", value: describe(results.warm), goal: "median < 1 s", how: "warm server, unique task; codeAction + codeAction/resolve right after didOpen (waits for the search)" });
  rows.push({ figure: "open → edit (new server)", value: describe(results.cold), goal: "", how: "a fresh server per function (worker start counted); resolve right after didOpen" });
}

// ------------------------------------------------------------ figure 3: .vsix size

function figureVsix(): void {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  const file = path.join(ROOT, `grimoire-${pkg.version}.vsix`);
  console.log(`\n[3] .vsix size (made by \`npm run package\`)`);
  console.log(`    alone: node --import tsx scripts/bench-editor.ts --only 3`);
  if (!fs.existsSync(file)) {
    console.log(`    ${path.basename(file)} not found: run \`npm run package\` first`);
    rows.push({ figure: ".vsix size", value: "not built", goal: "", how: "run `npm run package`" });
    return;
  }
  const stat = fs.statSync(file);
  // dist/ is rebuilt by `npm run bench:editor` itself, so the package is compared with the sources instead.
  const newest = ["language-server", "extension"]
    .flatMap((dir) => (fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]).map((f) => path.join(ROOT, dir, f)))
    .map((f) => fs.statSync(f).mtimeMs)
    .reduce((a, b) => Math.max(a, b), 0);
  const stale = newest > stat.mtimeMs ? " (older than the newest file under language-server/ or extension/: run `npm run package` for a current figure)" : "";
  console.log(`    ${path.basename(file)}: ${stat.size} bytes (${(stat.size / 1024).toFixed(1)} KiB), built ${stat.mtime.toISOString()}${stale}`);
  rows.push({ figure: ".vsix size", value: `${(stat.size / 1024).toFixed(1)} KiB${stale ? " (stale?)" : ""}`, goal: "", how: `stat ${path.basename(file)} (made by \`npm run package\`)` });
}

// ------------------------------------------------------------ figure 4: memory after 100 searches

/** 100 distinct small tasks, `call => value` entries as typed into Synthesize from Examples. */
function smallTasks(): { name: string; examples: string[] }[] {
  const out: { name: string; examples: string[] }[] = [];
  for (let k = 1; out.length < 100; k++) {
    const families: { name: string; examples: string[] }[] = [
      { name: `add${k}`, examples: [`add${k}(1) => ${1 + k}`, `add${k}(10) => ${10 + k}`] },
      { name: `times${k}`, examples: [`times${k}(2) => ${2 * k}`, `times${k}(5) => ${5 * k}`] },
      { name: `tag${k}`, examples: [`tag${k}("ab") => "ab-${k}"`, `tag${k}("xyz") => "xyz-${k}"`] },
      { name: `pre${k}`, examples: [`pre${k}("ab") => "k${k}:ab"`, `pre${k}("q") => "k${k}:q"`] },
      { name: `sumPlus${k}`, examples: [`sumPlus${k}([1, 2]) => ${3 + k}`, `sumPlus${k}([5]) => ${5 + k}`] },
      { name: `firstOr${k}`, examples: [`firstOr${k}([3, ${k}]) => 3`, `firstOr${k}([${k + 4}]) => ${k + 4}`] },
      { name: `upper${k}`, examples: [`upper${k}("ab") => "AB${k}"`, `upper${k}("cd") => "CD${k}"`] },
      { name: `mapAdd${k}`, examples: [`mapAdd${k}([1, 2]) => [${1 + k}, ${2 + k}]`, `mapAdd${k}([5]) => [${5 + k}]`] },
      { name: `bigger${k}`, examples: [`bigger${k}(${k + 2}) => true`, `bigger${k}(${k - 2}) => false`, `bigger${k}(${k}) => false`] },
      { name: `lenTimes${k}`, examples: [`lenTimes${k}("abc") => ${3 * k}`, `lenTimes${k}("a") => ${k}`] },
    ];
    out.push(...families.slice(0, 100 - out.length));
  }
  return out;
}

async function figureMemory(): Promise<void> {
  console.log(`\n[4] server memory (VmRSS / VmHWM from /proc/<pid>/status, worker thread included) around 100 searches`);
  console.log(`    alone: node --import tsx scripts/bench-editor.ts --only 4`);
  // Background search off: only the 100 requested searches run. 3 s each at most.
  const client = await TestClient.start({ storagePath: storagePath(), settings: { timeoutSeconds: 3, backgroundSearch: false } });
  const pid = client.process.pid!;
  const uri = "file:///bench/memory.ts";
  try {
    client.open(uri, "typescript", "// Scratch file for Synthesize from Examples.\n\n");
    // Its analysis (grammar loaded, diagnostics published) comes before the first figure.
    await client.until(() => client.diagnostics.has(uri), 20_000, "the scratch file's diagnostics");
    await sleep(300);
    const before = memory(pid);
    console.log(`    before (file read, no search yet):        VmRSS ${mb(before.rss)}, VmHWM ${mb(before.hwm)}, ${before.threads} threads`);
    const tasks = smallTasks();
    const statuses: Record<string, number> = {};
    let afterFirst = before;
    const t0 = performance.now();
    for (const [i, task] of tasks.entries()) {
      const reply = (await client.connection.sendRequest("grimoire/synthesizeFromExamples", {
        uri,
        position: { line: 1, character: 0 },
        examples: task.examples,
      })) as { status: string };
      statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
      if (i === 0) afterFirst = memory(pid);
    }
    const searchMs = performance.now() - t0;
    const after = memory(pid);
    await sleep(1000);
    const idle = memory(pid);
    console.log(`    after 1 search (worker started):          VmRSS ${mb(afterFirst.rss)}, VmHWM ${mb(afterFirst.hwm)}, ${afterFirst.threads} threads`);
    console.log(`    after 100 searches (${sec(searchMs)}; ${Object.entries(statuses).map(([k, v]) => `${v} ${k}`).join(", ")}): VmRSS ${mb(after.rss)}, VmHWM ${mb(after.hwm)}`);
    console.log(`    1 s later, idle:                          VmRSS ${mb(idle.rss)}, VmHWM ${mb(idle.hwm)}`);
    rows.push({
      figure: "server RSS before → after 100",
      value: `${mb(before.rss)} → ${mb(after.rss)} (peak ${mb(after.hwm)})`,
      goal: "",
      how: `100 distinct grimoire/synthesizeFromExamples requests (${Object.entries(statuses).map(([k, v]) => `${v} ${k}`).join(", ")}); /proc/${pid}/status`,
    });
  } finally {
    await client.stop();
  }
}

// ------------------------------------------------------------ main

async function main(): Promise<void> {
  const requests = Number(argValue("--requests") ?? 500);
  const seed = Number(argValue("--seed") ?? 1);
  const only = new Set((argValue("--only") ?? "1,2,3,4").split(",").map((s) => s.trim()));
  if (!fs.existsSync(path.join(ROOT, "dist", "server.js"))) throw new Error("dist/server.js is missing: run `npm run build` first");
  console.log(`Grimoire editor benchmark: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), ${os.platform()}`);
  // Latencies depend on what else the machine runs: the search worker alone keeps one core busy.
  console.log(`load average at start: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const started = performance.now();
  try {
    if (only.has("1")) await figureCodeActionLatency(requests, seed);
    if (only.has("2")) await figureOpenToEdit();
    if (only.has("3")) figureVsix();
    if (only.has("4")) await figureMemory();
  } finally {
    for (const dir of storageDirs) fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nSummary (${sec(performance.now() - started)} in all)`);
  const w = [0, 0, 0].map((_, i) => Math.max(...rows.map((r) => [r.figure, r.value, r.goal][i].length), ["figure", "value", "goal"][i].length));
  console.log(`  ${"figure".padEnd(w[0])}  ${"value".padEnd(w[1])}  ${"goal".padEnd(w[2])}  how`);
  for (const r of rows) console.log(`  ${r.figure.padEnd(w[0])}  ${r.value.padEnd(w[1])}  ${r.goal.padEnd(w[2])}  ${r.how}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
