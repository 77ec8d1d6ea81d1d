// Temporary folders for one test file. Each is removed when the file's tests end, so that runs of
// `npm test` leave nothing behind in the system's temporary folder.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after } from "node:test";

const made: string[] = [];

after(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh, empty folder under the system's temporary folder, named with `prefix`. */
export function scratchDirectory(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
