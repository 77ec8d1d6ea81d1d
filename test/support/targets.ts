// Runs emitted code the way a user would: TypeScript through esbuild's transform and then in a
// node:vm context, JavaScript directly in that context, and Python in a long-lived python3 worker
// (test/support/py_worker.py). Work comes in batches (many functions, each with its input tuples)
// so that a few hundred programs cost one esbuild call, one vm script and one python3 round trip.
// Every runner answers, per function and input tuple, the result as JSON text or the error raised.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as path from "node:path";
import * as readline from "node:readline";
import * as vm from "node:vm";
import { transformSync } from "esbuild";
import type { Value } from "../../language-server/engine/types";

export type Outcome = { ok: true; json: string } | { ok: false; error: string };

/** One emitted function and the input tuples to call it with. */
export interface Job {
  /** The function's name in `code`. */
  readonly name: string;
  readonly code: string;
  readonly inputs: readonly (readonly Value[])[];
}

/** The canonical JSON text a result is compared by. */
export const canonical = (v: unknown): string => JSON.stringify(v);

// Inside the context: checks that a result is made of the values the engine can have, and calls
// every function on its inputs, catching each failure on its own.
const PRELUDE = `
globalThis.__plain = function plain(v) {
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error("non-finite number " + v);
    return v;
  }
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = plain(x);
    return out;
  }
  throw new Error("unexpected " + (v === null ? "null" : typeof v) + " " + String(v));
};
globalThis.__runAll = function runAll(fns, inputsJson) {
  return JSON.stringify(JSON.parse(inputsJson).map((tuples, k) => tuples.map((args) => {
    try {
      return { ok: true, json: JSON.stringify(__plain(fns[k](...args))) };
    } catch (e) {
      return { ok: false, error: (e && e.name) + ": " + (e && e.message) };
    }
  })));
};
`;

/**
 * Evaluates emitted JavaScript, or TypeScript transformed by esbuild, in one shared vm context.
 * Jobs' function names must be distinct: a batch loads as one script when it can.
 */
export class ScriptRunner {
  private readonly context = vm.createContext({});

  constructor() {
    vm.runInContext(PRELUDE, this.context);
  }

  /** esbuild's TypeScript transform, as a bundler would apply it. */
  static transpile(ts: string): string {
    return transformSync(ts, { loader: "ts", target: "es2022" }).code;
  }

  runJavaScript(jobs: readonly Job[]): Outcome[][] {
    return this.call(jobs, this.load(jobs, jobs.map((j) => j.code).join("\n")));
  }

  /** One esbuild call for the whole batch; one per job (to tell which fails) when that is rejected. */
  runTypeScript(jobs: readonly Job[]): Outcome[][] {
    let combined: string | undefined;
    try {
      combined = ScriptRunner.transpile(jobs.map((j) => j.code).join("\n"));
    } catch {
      combined = undefined;
    }
    if (combined !== undefined) return this.call(jobs, this.load(jobs, combined));
    const each = jobs.map((j): Job | string => {
      try {
        return { ...j, code: ScriptRunner.transpile(j.code) };
      } catch (e) {
        return `esbuild: ${(e as Error).message}`;
      }
    });
    const loaded = this.load(
      each.filter((j): j is Job => typeof j !== "string"),
      undefined,
    );
    let next = 0;
    return this.call(jobs, each.map((j) => (typeof j === "string" ? j : loaded[next++])));
  }

  /** The jobs' functions, or for each that does not load, why. */
  private load(jobs: readonly Job[], combined: string | undefined): (Function | string)[] {
    const script = (code: string, names: string) => `(function () {\n${code}\nreturn [${names}];\n})()`;
    if (combined !== undefined) {
      try {
        return vm.runInContext(script(combined, jobs.map((j) => j.name).join(", ")), this.context, { timeout: 5000 });
      } catch {
        // Some job does not load: load them one by one to find it.
      }
    }
    return jobs.map((j) => {
      try {
        return vm.runInContext(script(j.code, j.name), this.context, { timeout: 2000 })[0] as Function;
      } catch (e) {
        return `load: ${(e as Error).message}`;
      }
    });
  }

  private call(jobs: readonly Job[], fns: readonly (Function | string)[]): Outcome[][] {
    this.context.__fns = fns.map((f) => (typeof f === "string" ? null : f));
    this.context.__in = JSON.stringify(jobs.map((j, k) => (typeof fns[k] === "string" ? [] : j.inputs)));
    const ran = JSON.parse(vm.runInContext("__runAll(__fns, __in)", this.context, { timeout: 60_000 })) as Outcome[][];
    delete this.context.__fns;
    return jobs.map((j, k) => {
      const f = fns[k];
      return typeof f === "string" ? j.inputs.map((): Outcome => ({ ok: false, error: f })) : ran[k];
    });
  }
}

interface PythonReply {
  readonly id: number;
  readonly batch: readonly (readonly ({ ok: true; value: unknown } | { ok: false; error: string })[])[];
}

/** One python3 process for a whole test file; requests and replies are JSON lines. */
export class PythonWorker {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, (reply: PythonReply | undefined) => void>();
  private nextId = 1;
  private exited: string | undefined;
  private stderr = "";

  constructor() {
    const script = path.join(__dirname, "py_worker.py");
    this.child = spawn("python3", ["-u", script], { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stderr.on("data", (d: Buffer) => (this.stderr += d.toString()));
    this.child.on("error", (e) => (this.exited = `python3 could not start: ${e.message}`));
    this.child.on("exit", (code, signal) => {
      this.exited = `python3 exited (${code ?? signal}): ${this.stderr}`;
      for (const resolve of this.pending.values()) resolve(undefined);
      this.pending.clear();
    });
    const lines = readline.createInterface({ input: this.child.stdout });
    lines.on("line", (line) => {
      const reply = JSON.parse(line) as PythonReply;
      const resolve = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      resolve?.(reply);
    });
  }

  async run(jobs: readonly Job[]): Promise<Outcome[][]> {
    if (this.exited) throw new Error(this.exited);
    const id = this.nextId++;
    const reply = await new Promise<PythonReply | undefined>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`python3 did not answer within 60 s`));
      }, 60_000);
      this.pending.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      this.child.stdin.write(JSON.stringify({ id, batch: jobs }) + "\n");
    });
    if (!reply) throw new Error(this.exited ?? "python3 exited");
    return reply.batch.map((results) =>
      results.map((r): Outcome => (r.ok ? { ok: true, json: canonical(r.value) } : { ok: false, error: r.error })),
    );
  }

  close(): void {
    this.child.stdin.end();
  }
}
