// Abstraction learning in the manner of Stitch (Bowers et al., "Top-Down Synthesis for Library
// Learning", 2023): a top-down search over patterns, from a bare hole to deeper and deeper
// sub-programs, keeping for each pattern the corpus locations it matches. A pattern's worth is how
// much rewriting its matches as calls shrinks the corpus, minus its own size; an upper bound on what
// any refinement of it can still gain prunes the search. The best abstraction is rewritten into the
// corpus, and the search runs again, so later abstractions may call earlier ones.
import { abstractionOperator, helperName, type AbstractionDefinition } from "../engine/abstraction";
import { OPERATORS, type Operator } from "../engine/operators";
import { apply, param, type Program } from "../engine/program";
import { typeKey, type Value } from "../engine/types";
import { freeName } from "./library-file";

export interface CorpusProgram {
  /** Which task the program solves; an abstraction must serve at least two tasks. */
  readonly task: string;
  readonly program: Program;
}

export interface LearnedAbstraction {
  readonly operator: Operator;
  readonly definition: AbstractionDefinition;
  /** How many times the rewritten corpus calls it. */
  readonly uses: number;
  /** The tasks whose programs call it. */
  readonly tasks: readonly string[];
  /** How many nodes it removed from the corpus, its own size deducted. */
  readonly saving: number;
}

export interface LearnOptions {
  /** The most abstractions to learn (default 10). */
  readonly maxAbstractions?: number;
  /**
   * The fewest operator calls a function's body holds (default 2). One operator with a constant
   * (`charAt(a, 0)`, `split(a, " ")`) compresses a little, but a person would not name it, and each
   * function widens the search; a recurring combination of operators is what a library is for.
   */
  readonly minOperators?: number;
  /** The most arguments an abstraction takes (1 to 3; default 3). */
  readonly maxArity?: number;
  /** Names already taken (by earlier library functions), so new names do not clash. */
  readonly takenNames?: ReadonlySet<string>;
  /** Wall-clock limit for the whole run. */
  readonly timeoutMs?: number;
  /** Patterns expanded per abstraction, at most (bounds time on large corpora). */
  readonly maxExpansions?: number;
  readonly cancellation?: { readonly isCancellationRequested: boolean };
}

export interface LearnResult {
  readonly abstractions: readonly LearnedAbstraction[];
  /** The corpus rewritten with the abstractions. */
  readonly rewritten: readonly CorpusProgram[];
  /** Corpus size in nodes before, and after with the library's own size added. */
  readonly sizeBefore: number;
  readonly sizeAfter: number;
}

const MIN_TASKS = 2;

/** One node of the corpus, numbered in pre-order (a parent's id is below its descendants'). */
interface CorpusNode {
  readonly program: Program;
  readonly children: readonly number[];
  readonly size: number;
  /** Equal for structurally equal subtrees. */
  readonly struct: number;
  /** What a pattern node copies from it; undefined for task inputs, which patterns never hold. */
  readonly production: string | undefined;
  readonly freeVars: boolean;
  readonly task: number;
}

/** A pattern: holes, and nodes copied from a representative corpus node with patterns below. */
type Pattern = { readonly hole: number } | { readonly node: number; readonly children: readonly Pattern[] };

interface Match {
  readonly root: number;
  /** Corpus node bound to each hole, by hole number. */
  readonly binds: readonly number[];
}

interface OpenHole {
  readonly hole: number;
  /** Whether a lambda of the pattern encloses it: its argument may not then use outer lambda variables. */
  readonly underLambda: boolean;
}

interface State {
  readonly pattern: Pattern;
  readonly open: readonly OpenHole[];
  /** Holes that became parameters, by parameter index. */
  readonly params: readonly number[];
  /** Parameter index of each closed hole. */
  readonly paramOf: ReadonlyMap<number, number>;
  readonly matches: readonly Match[];
  /** Nodes of the pattern, holes not counted. */
  readonly size: number;
  readonly holes: number;
  readonly bound: number;
}

class Corpus {
  readonly nodes: CorpusNode[] = [];
  readonly roots: number[] = [];
  private readonly structs = new Map<string, number>();

  constructor(readonly programs: readonly CorpusProgram[], readonly taskIndex: ReadonlyMap<string, number>) {
    for (const p of programs) this.roots.push(this.add(p.program, taskIndex.get(p.task)!));
  }

  private add(p: Program, task: number): number {
    const id = this.nodes.length;
    // Reserve the slot so ids stay in pre-order; children are added after it.
    this.nodes.push(undefined as unknown as CorpusNode);
    const kids = p.kind === "apply" ? p.args : p.kind === "lambda" ? [p.body] : [];
    const children = kids.map((k) => this.add(k, task));
    const production = productionOf(p);
    const structKey = `${production ?? `param:${p.kind === "param" ? p.index : ""}:${typeKey(p.type)}`}(${children.map((c) => this.nodes[c].struct).join(",")})`;
    let struct = this.structs.get(structKey);
    if (struct === undefined) this.structs.set(structKey, (struct = this.structs.size));
    const size = 1 + children.reduce((n, c) => n + this.nodes[c].size, 0);
    const freeVars = p.kind === "var" || (p.kind === "apply" && children.some((c) => this.nodes[c].freeVars));
    this.nodes[id] = { program: p, children, size, struct, production, freeVars, task };
    return id;
  }

  get size(): number {
    return this.nodes.length;
  }

  /** Operator applications in the corpus, the denominator of a library function's frequency. */
  get applications(): number {
    let n = 0;
    for (const node of this.nodes) if (node.program.kind === "apply") n++;
    return n;
  }
}

/** What a pattern node must equal at a match: operator and its types, literal, variable, lambda. */
function productionOf(p: Program): string | undefined {
  switch (p.kind) {
    case "apply":
      return `a:${p.op.name}:${p.types.params.map(typeKey).join(",")}:${typeKey(p.type)}`;
    case "const":
      return `c:${typeKey(p.type)}:${JSON.stringify(p.value)}`;
    case "var":
      return `v:${p.index}:${typeKey(p.type)}`;
    case "lambda":
      return `l:${typeKey(p.type)}`;
    case "param":
      return undefined;
  }
}

/** Learns up to `maxAbstractions` abstractions from the corpus, best first. */
export function learnAbstractions(programs: readonly CorpusProgram[], options: LearnOptions = {}): LearnResult {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const taskIndex = new Map<string, number>();
  for (const p of programs) if (!taskIndex.has(p.task)) taskIndex.set(p.task, taskIndex.size);
  const taskNames = [...taskIndex.keys()];
  // Built-in operators' names are taken too: costs, the model and the table look operators up by name.
  const taken = new Set([...(options.takenNames ?? []), ...OPERATORS.map((o) => o.name)]);
  // Python calls library functions in snake case: `mapAdd` and `map_add` would be one function there.
  const takenInPython = new Set([...(options.takenNames ?? [])].map((n) => helperName(n, "python")));
  const abstractions: LearnedAbstraction[] = [];
  let corpus = new Corpus(programs, taskIndex);
  const sizeBefore = corpus.size;
  let librarySize = 0;
  while (abstractions.length < (options.maxAbstractions ?? 10)) {
    if (Date.now() > deadline || options.cancellation?.isCancellationRequested) break;
    const best = bestAbstraction(corpus, options.maxArity ?? 3, options.minOperators ?? 2, deadline, options.maxExpansions ?? 200_000, options.cancellation);
    if (!best) break;
    const { state, chosen } = best;
    const tasks = [...new Set(chosen.map((m) => taskNames[corpus.nodes[m.root].task]))];
    const definition = defineAbstraction(corpus, state, freeName(nameFor(corpus, state), (name) => taken.has(name) || takenInPython.has(helperName(name, "python"))), chosen.length);
    taken.add(definition.name);
    takenInPython.add(helperName(definition.name, "python"));
    const operator = abstractionOperator(definition);
    const roots = new Map(chosen.map((m) => [m.root, m]));
    const rewritten = corpus.programs.map((p, i) => ({ task: p.task, program: rewrite(corpus, corpus.roots[i], roots, state, operator) }));
    const before = corpus.size;
    corpus = new Corpus(rewritten, taskIndex);
    librarySize += state.size;
    abstractions.push({ operator, definition, uses: chosen.length, tasks, saving: before - corpus.size - state.size });
  }
  return { abstractions, rewritten: corpus.programs, sizeBefore, sizeAfter: corpus.size + librarySize };
}

/** The best complete pattern by utility, with the matches its rewrite uses; undefined if none gains. */
function bestAbstraction(
  corpus: Corpus,
  maxArity: number,
  minOperators: number,
  deadline: number,
  maxExpansions: number,
  cancellation: LearnOptions["cancellation"],
): { state: State; chosen: Match[]; utility: number } | undefined {
  const { nodes } = corpus;
  let best: { state: State; chosen: Match[]; utility: number } | undefined;
  const queue = new MaxHeap<State>((s) => s.bound);
  // The first expansion of the root hole, grouped by production.
  const groups = new Map<string, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const production = nodes[i].production;
    // A lambda variable at a pattern's root would be free in its body; a bare lambda is not a call.
    if (production === undefined || production.startsWith("v:") || production.startsWith("l:")) continue;
    // A leaf saves nothing: its call is as big as it.
    if (nodes[i].children.length === 0) continue;
    let g = groups.get(production);
    if (!g) groups.set(production, (g = []));
    g.push(i);
  }
  const root: State = { pattern: { hole: 0 }, open: [{ hole: 0, underLambda: false }], params: [], paramOf: new Map(), matches: [], size: 0, holes: 1, bound: Infinity };
  for (const roots of groups.values()) {
    const matches = roots.map((r) => ({ root: r, binds: [r] }));
    const next = refine(corpus, root, root.open[0], matches);
    if (next) queue.push(next);
  }
  let expansions = 0;
  while (queue.size > 0) {
    const state = queue.pop()!;
    if (best && state.bound <= best.utility) break;
    if (++expansions > maxExpansions) break;
    if ((expansions & 255) === 0 && (Date.now() > deadline || cancellation?.isCancellationRequested)) break;
    if (state.open.length === 0) {
      if (state.params.length === 0) continue;
      if (operatorCount(corpus, state.pattern) < minOperators) continue;
      const scored = utilityOf(corpus, state);
      if (scored && (!best || scored.utility > best.utility)) best = { state, ...scored };
      continue;
    }
    const [hole, ...rest] = state.open;
    const after: State = { ...state, open: rest };
    // Close the hole as a new parameter.
    if (state.params.length < maxArity && (!hole.underLambda || state.matches.every((m) => !nodes[m.binds[hole.hole]].freeVars))) {
      const params = [...state.params, hole.hole];
      const paramOf = new Map(state.paramOf).set(hole.hole, params.length - 1);
      queue.push({ ...after, params, paramOf });
    }
    // Or as an earlier parameter, where both are bound to equal subtrees.
    for (const p of state.params) {
      const same = state.matches.filter((m) => nodes[m.binds[hole.hole]].struct === nodes[m.binds[p]].struct);
      if (hole.underLambda && same.some((m) => nodes[m.binds[hole.hole]].freeVars)) continue;
      if (distinctTasks(corpus, same) < MIN_TASKS) continue;
      const paramOf = new Map(state.paramOf).set(hole.hole, state.paramOf.get(p)!);
      queue.push({ ...after, paramOf, matches: same, bound: boundOf(corpus, same, state.size) });
    }
    // Or expand it into each production its matches hold.
    const byProduction = new Map<string, Match[]>();
    for (const m of state.matches) {
      const production = nodes[m.binds[hole.hole]].production;
      if (production === undefined) continue;
      if (production.startsWith("v:") && !hole.underLambda) continue;
      let g = byProduction.get(production);
      if (!g) byProduction.set(production, (g = []));
      g.push(m);
    }
    for (const group of byProduction.values()) {
      const next = refine(corpus, state, hole, group);
      if (next) queue.push(next);
    }
  }
  return best;
}

/** Operator calls in a pattern (holes, constants, variables and lambdas are not calls). */
function operatorCount(corpus: Corpus, p: Pattern): number {
  if ("hole" in p) return 0;
  const own = corpus.nodes[p.node].program.kind === "apply" ? 1 : 0;
  return p.children.reduce((sum, child) => sum + operatorCount(corpus, child), own);
}

/** The state with `hole` replaced by the production its matches (`group`) share there. */
function refine(corpus: Corpus, state: State, hole: OpenHole, group: readonly Match[]): State | undefined {
  if (group.length < MIN_TASKS || distinctTasks(corpus, group) < MIN_TASKS) return undefined;
  const { nodes } = corpus;
  const representative = nodes[group[0].binds[hole.hole]];
  const childHoles = representative.children.map((_, i) => state.holes + i);
  const underLambda = hole.underLambda || representative.program.kind === "lambda";
  const matches = group.map((m) => {
    const binds = m.binds.slice();
    nodes[m.binds[hole.hole]].children.forEach((c, i) => (binds[childHoles[i]] = c));
    return { root: m.root, binds };
  });
  const pattern = replaceHole(state.pattern, hole.hole, { node: group[0].binds[hole.hole], children: childHoles.map((h) => ({ hole: h })) });
  const size = state.size + 1;
  const open = [...childHoles.map((h) => ({ hole: h, underLambda })), ...state.open.filter((o) => o.hole !== hole.hole)];
  return { pattern, open, params: state.params, paramOf: state.paramOf, matches, size, holes: state.holes + childHoles.length, bound: boundOf(corpus, matches, size) };
}

function replaceHole(p: Pattern, hole: number, by: Pattern): Pattern {
  if ("hole" in p) return p.hole === hole ? by : p;
  return { node: p.node, children: p.children.map((c) => replaceHole(c, hole, by)) };
}

/** No refinement gains more than every match absorbing its whole subtree into one call. */
function boundOf(corpus: Corpus, matches: readonly Match[], size: number): number {
  let total = 0;
  for (const m of matches) total += corpus.nodes[m.root].size - 1;
  return total - size;
}

function distinctTasks(corpus: Corpus, matches: readonly Match[]): number {
  const seen = new Set<number>();
  for (const m of matches) {
    seen.add(corpus.nodes[m.root].task);
    if (seen.size >= MIN_TASKS) return seen.size;
  }
  return seen.size;
}

/**
 * The gain of rewriting a complete pattern's matches, each as one call node: the pattern's nodes
 * go, and an argument used k times is kept once. Matches overlapping an earlier one's pattern
 * nodes are skipped (one inside another's arguments is rewritten too).
 */
function utilityOf(corpus: Corpus, state: State): { chosen: Match[]; utility: number } | undefined {
  const { nodes } = corpus;
  const covered = new Set<number>();
  const chosen: Match[] = [];
  const sorted = [...state.matches].sort((a, b) => a.root - b.root);
  // Repeated parameters: the arguments beyond the first use are saved as well.
  const repeats = new Map<number, number>();
  for (const [hole, index] of state.paramOf) if (state.params[index] !== hole) repeats.set(hole, index);
  let saving = 0;
  for (const m of sorted) {
    if (covered.has(m.root)) continue;
    chosen.push(m);
    markCovered(corpus, state.pattern, m.root, covered);
    saving += state.size - 1;
    for (const hole of repeats.keys()) saving += nodes[m.binds[hole]].size;
  }
  if (distinctTasks(corpus, chosen) < MIN_TASKS) return undefined;
  const utility = saving - state.size;
  return utility > 0 ? { chosen, utility } : undefined;
}

/** Marks the corpus nodes a match's pattern nodes sit on. */
function markCovered(corpus: Corpus, p: Pattern, at: number, covered: Set<number>): void {
  if ("hole" in p) return;
  covered.add(at);
  p.children.forEach((c, i) => markCovered(corpus, c, corpus.nodes[at].children[i], covered));
}

/** The abstraction's body: pattern nodes copied, holes as its parameters. */
function defineAbstraction(corpus: Corpus, state: State, name: string, uses: number): AbstractionDefinition {
  const { nodes } = corpus;
  const first = state.matches[0];
  const build = (p: Pattern): Program => {
    if ("hole" in p) {
      const index = state.paramOf.get(p.hole)!;
      return param(index, nodes[first.binds[p.hole]].program.type);
    }
    const program = nodes[p.node].program;
    const children = p.children.map(build);
    if (program.kind === "apply") return apply(program.op, program.types, children);
    if (program.kind === "lambda") return { ...program, body: children[0] };
    return program;
  };
  const body = build(state.pattern);
  const params = state.params.map((hole) => nodes[first.binds[hole]].program.type);
  return { name, params, result: body.type, body, cost: abstractionCost(uses, corpus.applications) };
}

/**
 * Search cost of a library function, from how often the corpus calls it (as DreamCoder fits its
 * grammar's probabilities to the rewritten corpus): -log2 of its share of the corpus's operator
 * applications, kept within the built-in operators' range.
 */
export function abstractionCost(uses: number, applications: number): number {
  return Math.max(3, Math.min(7, Math.round(Math.log2(Math.max(1, applications) / Math.max(1, uses)))));
}

/** Rewrites the subtree at `id`, replacing chosen matches by calls of `operator`. */
function rewrite(corpus: Corpus, id: number, chosen: ReadonlyMap<number, Match>, state: State, operator: Operator): Program {
  const node = corpus.nodes[id];
  const m = chosen.get(id);
  if (m) {
    const args = state.params.map((hole) => rewrite(corpus, m.binds[hole], chosen, state, operator));
    return apply(operator, { params: operator.params, result: operator.result }, args);
  }
  const p = node.program;
  if (p.kind === "apply") return apply(p.op, p.types, node.children.map((c) => rewrite(corpus, c, chosen, state, operator)));
  if (p.kind === "lambda") return { ...p, body: rewrite(corpus, node.children[0], chosen, state, operator) };
  return p;
}

/** A name from the operators of the body, outermost first: `mapFilter`, `concatSlice`. */
function nameFor(corpus: Corpus, state: State): string {
  // Words in pre-order; a run of the same operator is said once with how often (snocTwice).
  const runs: { word: string; times: number }[] = [];
  const visit = (p: Pattern) => {
    if ("hole" in p) return;
    const program = corpus.nodes[p.node].program;
    const word = program.kind === "apply" ? program.op.name.replace(/^field:/, "") : program.kind === "const" ? constantWord(program.value) : undefined;
    const last = runs[runs.length - 1];
    if (word && last?.word === word && program.kind === "apply") last.times++;
    else if (word) runs.push({ word, times: 1 });
    p.children.forEach(visit);
  };
  visit(state.pattern);
  const words = runs.flatMap(({ word, times }) => (times === 1 ? [word] : [word, times === 2 ? "Twice" : times === 3 ? "Thrice" : `${times}Times`]));
  const joined = words
    .map((w) => w.replace(/[^A-Za-z0-9]/g, ""))
    .filter((w) => w !== "")
    .slice(0, 4)
    .map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1)))
    .join("");
  return joined === "" || /^[0-9]/.test(joined) ? `helper${joined}` : joined;
}

/** Punctuation people name in words, so that `concat(a, " ")` becomes concatSpace rather than concat2. */
const PUNCTUATION_WORDS: Record<string, string> = { " ": "Space", ",": "Comma", ", ": "Comma", "-": "Dash", "_": "Underscore", ".": "Dot", "/": "Slash", ":": "Colon", ";": "Semicolon", "@": "At", "": "Empty", "\n": "Newline" };

/** A word for a constant in a function's name, or undefined when it has no short one. */
function constantWord(value: Value): string | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : value < 0 && Number.isInteger(value) ? `Minus${-value}` : undefined;
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "string") {
    if (value in PUNCTUATION_WORDS) return PUNCTUATION_WORDS[value];
    return /^[A-Za-z][A-Za-z0-9]{0,9}$/.test(value) ? value[0].toUpperCase() + value.slice(1) : undefined;
  }
  if (Array.isArray(value) && value.length === 0) return "Empty";
  return undefined;
}


/** A binary max-heap by a numeric key. */
class MaxHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly key: (item: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  push(item: T): void {
    const { items, key } = this;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (key(items[parent]) >= key(items[i])) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }
  pop(): T | undefined {
    const { items, key } = this;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let largest = i;
        if (l < items.length && key(items[l]) > key(items[largest])) largest = l;
        if (r < items.length && key(items[r]) > key(items[largest])) largest = r;
        if (largest === i) break;
        [items[largest], items[i]] = [items[i], items[largest]];
        i = largest;
      }
    }
    return top;
  }
}

