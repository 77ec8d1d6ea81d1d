// Runs emitted code the way a user would: TypeScript through esbuild's transform and then in a
// node:vm context, JavaScript directly in that context, and Python in a long-lived python3 worker
// (test/support/py_worker.py). Every runner answers, per input tuple, either the result as JSON
// text or the error it raised, so the differential tests compare plain strings.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as path from "node:path";
import * as readline from "node:readline";
import * as vm from "node:vm";
import { transformSync } from "esbuild";
import type { Value } from "../../language-server/engine/types";

export type Outcome = { ok: true; json: string } | { ok: false; error: string };

/** The canonical JSON text a result is compared by (object keys are never involved). */
export const canonical = (v: unknown): string => JSON.stringify(v);

// Checks, inside the context, that a result is made of the values the engine can have.
const PRELUDE = `
globalThis.__plain = function plain(v) {
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error("non-finite number " + v);
    return v;
  }
  if (Array.isArray(v)) return v.map(plain);
  throw new Error("unexpected " + (v === null ? "null" : typeof v) + " " + String(v));
};
globalThis.__run = function run(f, inputsJson) {
  return JSON.stringify(__plain(f(...JSON.parse(inputsJson))));
};
`;

/** Evaluates emitted JavaScript (or TypeScript, transformed by esbuild) in one shared vm context. */
export class ScriptRunner {
  private readonly context = vm.createContext({});
  private counter = 0;

  constructor() {
    vm.runInContext(PRELUDE, this.context);
  }

  /** esbuild's TypeScript transform, as a bundler would apply it. */
  static transpile(ts: string): string {
    return transformSync(ts, { loader: "ts", format: "esm", target: "es2022" }).code;
  }

  run(name: string, js: string, inputs: readonly (readonly Value[])[]): Outcome[] {
    const slot = `__f${this.counter++}`;
    try {
      // Each function lives in its own scope; only the slot holding it is global.
      vm.runInContext(`globalThis.${slot} = (function () {\n${js}\nreturn ${name};\n})();`, this.context, {
        timeout: 2000,
      });
    } catch (e) {
      const error = `load: ${(e as Error).message}`;
      return inputs.map(() => ({ ok: false, error }));
    }
    const outcomes = inputs.map((args): Outcome => {
      try {
        this.context.__in = JSON.stringify(args);
        const json = vm.runInContext(`__run(${slot}, __in)`, this.context, { timeout: 2000 }) as string;
        return { ok: true, json };
      } catch (e) {
        return { ok: false, error: `${(e as Error).name}: ${(e as Error).message}` };
      }
    });
    delete this.context[slot];
    return outcomes;
  }
}

interface PythonReply {
  readonly id: number;
  readonly results: readonly ({ ok: true; value: unknown } | { ok: false; error: string })[];
}

/** One python3 process for a whole test file; requests and replies are JSON lines. */
export class PythonWorker {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, (reply: PythonReply) => void>();
  private nextId = 1;
  private exited: string | undefined;
  private stderr = "";

  constructor() {
    const script = path.join(__dirname, "py_worker.py");
    this.child = spawn("python3", ["-u", script], { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stderr.on("data", (d: Buffer) => (this.stderr += d.toString()));
    this.child.on("exit", (code, signal) => {
      this.exited = `python3 exited (${code ?? signal}): ${this.stderr}`;
      for (const resolve of this.pending.values()) resolve({ id: -1, results: [] });
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

  async run(name: string, code: string, inputs: readonly (readonly Value[])[]): Promise<Outcome[]> {
    if (this.exited) throw new Error(this.exited);
    const id = this.nextId++;
    const reply = await new Promise<PythonReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`python3 did not answer within 20 s for:\n${code}`));
      }, 20_000);
      this.pending.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      this.child.stdin.write(JSON.stringify({ id, name, code, inputs }) + "\n");
    });
    if (reply.id === -1) throw new Error(this.exited ?? "python3 exited");
    return reply.results.map((r) => (r.ok ? { ok: true, json: canonical(r.value) } : { ok: false, error: r.error }));
  }

  close(): void {
    this.child.stdin.end();
  }
}
