// Loads the tree-sitter grammars (WebAssembly) lazily, once per grammar. The directory they are read
// from can be changed: the bundled extension ships the .wasm files next to its bundle.
import { createRequire } from "node:module";
import path from "node:path";
import { Language, Parser } from "web-tree-sitter";

export type GrammarName = "typescript" | "tsx" | "javascript" | "python";

const FILES: Record<GrammarName, { pkg: string; file: string }> = {
  typescript: { pkg: "tree-sitter-typescript", file: "tree-sitter-typescript.wasm" },
  tsx: { pkg: "tree-sitter-typescript", file: "tree-sitter-tsx.wasm" },
  javascript: { pkg: "tree-sitter-javascript", file: "tree-sitter-javascript.wasm" },
  python: { pkg: "tree-sitter-python", file: "tree-sitter-python.wasm" },
};
const CORE = { pkg: "web-tree-sitter", file: "tree-sitter.wasm" };

let grammarDirectory: string | undefined;
let initialized: Promise<void> | undefined;
const languages = new Map<GrammarName, Promise<Language>>();
const parsers = new Map<GrammarName, Parser>();

/**
 * Reads every .wasm file (the grammars and web-tree-sitter's own `tree-sitter.wasm`) from `dir`
 * instead of node_modules. Pass undefined to go back to node_modules. Grammars already loaded are
 * dropped; the core runtime, once started, stays (call this before the first read to move it too).
 */
export function setGrammarDirectory(dir: string | undefined): void {
  grammarDirectory = dir;
  languages.clear();
  for (const p of parsers.values()) p.delete();
  parsers.clear();
}

function resolver(): (spec: string) => string {
  try {
    return createRequire(__filename).resolve;
  } catch {
    return createRequire(path.join(process.cwd(), "index.js")).resolve;
  }
}

function wasmPath(entry: { pkg: string; file: string }): string {
  if (grammarDirectory !== undefined) return path.join(grammarDirectory, entry.file);
  return resolver()(`${entry.pkg}/${entry.file}`);
}

function init(): Promise<void> {
  if (!initialized) {
    const core = wasmPath(CORE);
    initialized = Parser.init({ locateFile: () => core } as unknown as Parameters<typeof Parser.init>[0]).catch((e: unknown) => {
      initialized = undefined;
      throw e;
    });
  }
  return initialized;
}

/** A parser for the grammar, created (and the grammar loaded) on first use, then reused. */
export async function parserFor(name: GrammarName): Promise<Parser> {
  await init();
  let language = languages.get(name);
  if (!language) {
    language = Language.load(wasmPath(FILES[name]));
    languages.set(name, language);
    language.catch(() => languages.delete(name));
  }
  const loaded = await language;
  let parser = parsers.get(name);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(loaded);
    parsers.set(name, parser);
  }
  return parser;
}
