// Bundles the command line, the language server, its search worker and the VS Code extension with
// esbuild, and copies the tree-sitter grammars (.wasm) next to the bundles so the .vsix carries them.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const production = process.argv.includes("--production");
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: !production,
  minify: production,
  logLevel: "warning",
  // web-tree-sitter locates its runtime through import.meta.url, which a CommonJS bundle lacks.
  define: { "import.meta.url": "__grimoireImportMetaUrl" },
  banner: { js: "const __grimoireImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  build({ ...common, entryPoints: ["language-server/cli/main.ts"], outfile: "dist/cli.js" }),
  // The benchmark runner starts this file in a worker thread, so it is a bundle of its own next to cli.js.
  build({ ...common, entryPoints: ["language-server/bench/worker.ts"], outfile: "dist/bench-worker.js" }),
  build({ ...common, entryPoints: ["language-server/server/main.ts"], outfile: "dist/server.js" }),
  build({ ...common, entryPoints: ["language-server/session/search-worker.ts"], outfile: "dist/search-worker.js" }),
  // The model and TensorFlow.js, required at run time only by searches that are guided.
  build({ ...common, entryPoints: ["language-server/guidance/model.ts"], outfile: "dist/guidance.js" }),
  // Learning from use runs in a worker thread of its own, started only in idle time.
  build({ ...common, entryPoints: ["language-server/guidance/finetune-worker.ts"], outfile: "dist/finetune-worker.js" }),
  // VS Code provides the `vscode` module to the extension host.
  build({ ...common, entryPoints: ["extension/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] }),
]);

const require = createRequire(import.meta.url);
const grammars = [
  "web-tree-sitter/tree-sitter.wasm",
  "tree-sitter-typescript/tree-sitter-typescript.wasm",
  "tree-sitter-typescript/tree-sitter-tsx.wasm",
  "tree-sitter-javascript/tree-sitter-javascript.wasm",
  "tree-sitter-python/tree-sitter-python.wasm",
];
mkdirSync("dist/grammars", { recursive: true });
for (const file of grammars) copyFileSync(require.resolve(file), path.join("dist/grammars", path.basename(file)));

// TensorFlow.js's WebAssembly backend loads these at run time (setWasmPaths points at dist/tfjs).
const tfjsWasm = ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"];
mkdirSync("dist/tfjs", { recursive: true });
for (const file of tfjsWasm) copyFileSync(require.resolve(`@tensorflow/tfjs-backend-wasm/dist/${file}`), path.join("dist/tfjs", file));
