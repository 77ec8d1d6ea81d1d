// Running the `grimoire` command in tests: the built bundle as users run it, or in process.
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { runCli } from "../../language-server/cli/cli";
import type { CliIo } from "../../language-server/cli/io";

export const ROOT = path.resolve(__dirname, "..", "..");

/** Runs dist/cli.js from the repository root (build it first). */
export function grimoire(args: readonly string[], timeout = 120_000) {
  const run = spawnSync(process.execPath, [path.join(ROOT, "dist/cli.js"), ...args], { cwd: ROOT, encoding: "utf8", timeout });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the command line in this process, collecting what it writes. */
export async function inProcess(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
