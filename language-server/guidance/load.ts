// Loads the model code (and TensorFlow.js with it) only when a search is to be guided. The bundles
// keep it in dist/guidance.js, required at run time, so workers that never guide stay small and
// start fast; from source, the module itself is required.
import * as fs from "node:fs";
import * as path from "node:path";

type GuidanceModule = typeof import("./model");

let loaded: GuidanceModule | undefined;

export function guidanceModule(): GuidanceModule {
  if (!loaded) {
    const bundled = path.join(__dirname, "guidance.js");
    // A computed name keeps esbuild from bundling the module into every file that loads it.
    const file = fs.existsSync(bundled) ? bundled : ["./", "model"].join("");
    loaded = require(file) as GuidanceModule;
  }
  return loaded;
}
