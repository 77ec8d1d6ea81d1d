// Where the shipped model lives. Kept apart from model.ts so that code which only needs the path
// (the language server's main thread) does not bundle TensorFlow.js.
import * as fs from "node:fs";
import * as path from "node:path";

/** media/model beside dist/ (bundles, the .vsix) or at the repository's root (sources). */
export function shippedModelDirectory(): string {
  const candidates = [path.join(__dirname, "..", "media", "model"), path.join(__dirname, "..", "..", "media", "model")];
  return candidates.find((dir) => fs.existsSync(path.join(dir, "model.json"))) ?? candidates[0];
}
