// The writer processes of the store tests: with --wait, a writer prints "ready" and waits for a
// line on stdin, so that the test can start several writers at the same moment.
import { spawn } from "node:child_process";
import * as readline from "node:readline";

export async function waitForStartSignal(flag: string | undefined): Promise<void> {
  if (flag !== "--wait") return;
  const lines = readline.createInterface({ input: process.stdin });
  const go = new Promise<void>((resolve) => lines.once("line", () => resolve()));
  process.stdout.write("ready\n");
  await go;
  lines.close();
}

export interface WriterProcess {
  /** Settles once the writer has loaded and waits for the signal. */
  readonly ready: Promise<void>;
  /** Settles when the writer has exited; rejects, with its stderr, unless it exited with 0. */
  readonly finished: Promise<void>;
  /** Sends the start signal. */
  go(): void;
}

/** Starts a writer script (run with tsx, with --wait appended) that will wait for the start signal. */
export function spawnWriter(root: string, script: string, args: readonly string[], label: string): WriterProcess {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args, "--wait"], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    child.on("exit", () => reject(new Error(`writer ${label} exited before it was ready: ${stderr}`)));
  });
  const finished = new Promise<void>((resolve, reject) => {
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`writer ${label} exited with ${code}: ${stderr}`))));
  });
  return { ready, finished, go: () => child.stdin.end("go\n") };
}
