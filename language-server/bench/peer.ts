// Runs a peer SyGuS solver (cvc4) on the same .sl file, for a side-by-side comparison.
import { spawn, spawnSync } from "node:child_process";
import type { SygusVersion } from "./sygus";

export type PeerStatus = "solved" | "unsolved" | "error" | "n/a";

export interface PeerOutcome {
  readonly status: PeerStatus;
  /** Wall-clock time until the solver exited or was killed; null when it did not run. */
  readonly ms: number | null;
  readonly message: string | null;
}

export const PEER_SOLVERS = ["cvc4"] as const;
export type PeerSolver = (typeof PEER_SOLVERS)[number];

export const PEER_NOT_APPLICABLE: PeerOutcome = { status: "n/a", ms: null, message: null };

/** Keeps a chatty solver from filling memory; a solution is far shorter than this. */
const MAX_OUTPUT_CHARS = 1_000_000;

/** Returns why the solver cannot be used, or undefined when it answers. */
export function peerUnavailable(solver: PeerSolver, command = solver): string | undefined {
  const probe = spawnSync(command, ["--version"], { encoding: "utf8", timeout: 10_000 });
  if (probe.error) return `${solver} cannot be started (${probe.error.message})`;
  if (probe.status !== 0) return `${solver} --version exited with code ${probe.status}`;
  return undefined;
}

/**
 * Runs cvc4 on a SyGuS file with the given time limit, killing it (SIGKILL) at the limit.
 * Solved means it printed a (define-fun ...) and exited 0.
 */
export function runCvc4(file: string, version: SygusVersion, timeoutMs: number, command = "cvc4"): Promise<PeerOutcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    let output = "";
    let errorOutput = "";
    const child = spawn(command, [`--lang=sygus${version}`, file], { stdio: ["ignore", "pipe", "pipe"] });
    // Our own timer rather than spawn's `timeout`, whose timer outlives a solver that never started.
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      if (output.length < MAX_OUTPUT_CHARS) output += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      if (errorOutput.length < MAX_OUTPUT_CHARS) errorOutput += chunk;
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ status: "error", ms: null, message: `${command} cannot be started (${error.message})` });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const ms = elapsed();
      if (killed) resolve({ status: "unsolved", ms, message: "stopped at the time limit" });
      else if (signal) resolve({ status: "error", ms, message: `killed by ${signal}` });
      else if (code === 0 && output.includes("(define-fun")) resolve({ status: "solved", ms, message: null });
      else if (code === 0) resolve({ status: "unsolved", ms, message: firstLine(output) });
      else resolve({ status: "error", ms, message: `exited with code ${code}: ${firstLine(errorOutput) ?? firstLine(output) ?? "no output"}` });
    });
  });
}

function firstLine(text: string): string | null {
  const line = text.split("\n").find((candidate) => candidate.trim() !== "");
  return line === undefined ? null : line.trim();
}
