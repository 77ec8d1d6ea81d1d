// Bundles the command line (and, later, the extension client and the language server) with esbuild.
import { build } from "esbuild";

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  logLevel: "warning",
  // web-tree-sitter locates its runtime through import.meta.url, which a CommonJS bundle lacks.
  define: { "import.meta.url": "__grimoireImportMetaUrl" },
  banner: { js: "const __grimoireImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

await build({ ...common, entryPoints: ["language-server/cli/main.ts"], outfile: "dist/cli.js" });
// The benchmark runner starts this file in a worker thread, so it is a bundle of its own next to cli.js.
await build({ ...common, entryPoints: ["language-server/bench/worker.ts"], outfile: "dist/bench-worker.js" });
