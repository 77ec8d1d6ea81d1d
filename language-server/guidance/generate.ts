// Training data made by Grimoire itself: tasks whose labels are the operators of the shortest
// program with the task's behaviour. For a random signature the engine's own enumerator is grown
// over a few random input points; every bank entry is then the cheapest program with its outputs
// on those points (observational equivalence), so its operators are what a search would need.
// Entries with a non-trivial behaviour become tasks: their first points are the examples a
// model sees, and the operators they use are the labels it learns to predict.
import { Enumerator, SearchLimits, usesVariables, type Domain, type Leaf } from "../engine/enumerate";
import { instantiateOperators, typeUniverse, type Instance } from "../engine/instantiate";
import { constantLeaves } from "../engine/constants";
import { ERR, OPERATOR_BY_NAME, OPERATORS, withSizeLimits, type Result } from "../engine/operators";
import { apply, constant, lambda, lambdaVar, param, runProgram, showProgram, type Program } from "../engine/program";
import { handCost, largestSizes, samplesOfType, spread } from "../engine/synthesize";
import type { Entry } from "../engine/bank";
import { BOOLEAN, fnOf, listOf, NUMBER, STRING, typeKey, valuesEqual, type Task, type Type, type Value } from "../engine/types";
import { intBetween, mulberry32, pick, pickShape, pickWeighted, type Rng, type Shape, type ShapeKind } from "./inputs";

export interface GeneratedTask {
  readonly task: Task;
  /** Distinct operators of the program (names in OPERATORS, sorted); record field access is not one. */
  readonly operators: readonly string[];
  /** The program, printed with the task's parameter names. */
  readonly program: string;
  /** The program's cost under the hand-set prior: the enumeration level it was found at. */
  readonly cost: number;
}

export interface GenerateOptions {
  seed: number;
  count: number;
  /** Points shown as the task's examples (default 4); the other points become held-out examples. */
  examplesPerTask?: number;
  /** Highest cost level enumerated per signature (default 16). */
  maxCost?: number;
  /**
   * Effort per signature, in milliseconds of this machine's enumeration (default 120). It is turned
   * into a count of candidate programs, never measured on the clock, so the result never depends
   * on how fast the machine is.
   */
  timePerSignatureMs?: number;
}

/** Candidates the enumerator evaluates per millisecond on the machine the defaults were set on. */
const CANDIDATES_PER_MS = 250;
const DEFAULT_MAX_COST = 16;
const DEFAULT_TIME_PER_SIGNATURE_MS = 120;
/** Tasks taken from one signature's enumeration: more is faster, fewer gives more varied inputs. */
const TASKS_PER_SIGNATURE = 32;
/** A cap on the banks' estimated bytes; the estimate is computed, not measured, so it is deterministic. */
const MAX_BANK_BYTES = 256 * 1024 ** 2;
/**
 * Of those, how many are text assembled from pieces, where the signature returns text. Such
 * programs (a title, the first word, a separator, a part of a date) are what people ask for most,
 * yet they are too dear for the enumeration to reach, so the pieces are enumerated and joined.
 */
const ASSEMBLED_PER_SIGNATURE = 8;
/**
 * Of those, how many apply a function to each element of a list parameter (map, filter, count
 * with a lambda), where the signature takes a list of numbers or text. People ask for these often
 * ("each price with tax", "the even ones"), yet a lambda with arithmetic inside sits deeper than
 * the whole-list enumeration reaches, so the lambda bodies are enumerated on their own.
 */
const ELEMENTWISE_PER_SIGNATURE = 6;
/** The dearest lambda body the element-wise tasks are made with (`mod(add(x, 1), 3)` costs 12). */
const ELEMENT_BODY_MAX_COST = 12;
/** Picks tried per signature, taken or passed over, before moving to the next signature. */
const MAX_PICKS = TASKS_PER_SIGNATURE * 4;
/** How much likelier each cost level above 3 is to be picked than the one below. */
const LEVEL_SLOPE = 0.25;
/** As the search does: lambda domains sample a few examples, a few values each. */
const LAMBDA_EXAMPLES = 4;
const LAMBDA_SAMPLES_PER_EXAMPLE = 4;

/** The types a generated task may return. */
const RETURN_TYPES: readonly Type[] = [STRING, NUMBER, BOOLEAN, listOf(NUMBER), listOf(STRING), listOf(BOOLEAN)];
/**
 * How often each return type is wanted, relative to the others (booleans are easy to get
 * trivially). A list of booleans marks the elements that pass a test ("which are even"); the
 * element-wise tasks make most of those.
 */
const RETURN_WEIGHTS: Readonly<Record<string, number>> = { str: 1.2, num: 1, bool: 0.6, "[num]": 0.9, "[str]": 0.8, "[bool]": 1 };

/**
 * Literal text a person's outputs often add. The search finds such text in the outputs; the
 * generator has no outputs yet, so it offers a few of these, at the costs the search gives them.
 */
const INSERTED_TEXT = [
  "-", ".", "@", ",", ":", "/", "_", "#", "(", ")", "!", "?", "*", "x", "0", "|", "=",
  ", ", " - ", ": ", "...", "Mr. ", "Dr. ", "Hello, ", "ID-", ".com", "N/A", " and ", "https://", "***",
];

/** The program behind each generated task, for checks that rerun it (kept off the JSON-friendly object). */
const programs = new WeakMap<GeneratedTask, Program>();

/** The program a generated task was made from, as the engine's interpreter runs it. */
export function programOf(task: GeneratedTask): Program | undefined {
  return programs.get(task);
}

/** One parameter of a signature: the kind of value it takes and its name. */
interface SignatureParam {
  readonly name: string;
  readonly shape: Shape;
}

/** Stops the enumeration after a count of candidates instead of a time, so runs are reproducible. */
class CandidateBudget extends SearchLimits {
  constructor(private readonly maxTried: number) {
    super(Infinity, MAX_BANK_BYTES);
  }
  override tick(bytes: number): boolean {
    if (this.tried >= this.maxTried) {
      this.stopped = "timeout";
      return false;
    }
    return super.tick(bytes);
  }
}

/**
 * Operators added after the shipped model was trained, which the training tasks leave out, so the
 * generator makes exactly the tasks that model learned from (each operator added changes every
 * task drawn after the first that could use it; with mapIndexed, seed 42's 300 tasks held 96 with
 * a list parameter instead of 162). The model has no output for them, so they keep their hand-set
 * costs. They join the next time the model is retrained (with element-wise tasks that read an
 * element's position for mapIndexed); until then `npm run train` leaves them out of the model's
 * outputs too, since with no task using them it would learn to make them dearer.
 */
export const NOT_GENERATED: ReadonlySet<string> = new Set(["mapIndexed", "occurrences", "maxBy", "minBy", "mean", "capitalize", "atFromEnd", "listEquals"]);

/** The operators generated tasks are made of. */
const GENERATED_OPERATORS = OPERATORS.filter((op) => !NOT_GENERATED.has(op.name) && !op.onlyWhenNamed);

/** Operators a task can be labeled with (the conditional is assembled, never enumerated). */
const LABELS = GENERATED_OPERATORS.filter((op) => !op.notEnumerated).map((op) => op.name);
const LABEL_INDEX = new Map(LABELS.map((name, i) => [name, i]));

/** Counts of operators (and programs) chosen so far, to favour what is still rare. */
class Balance {
  private readonly counts = new Float64Array(LABELS.length);
  private readonly programs = new Map<string, number>();
  private operatorUses = 0;

  record(ops: readonly number[], program: string): void {
    this.operatorUses += ops.length;
    for (const op of ops) this.counts[op]++;
    this.programs.set(program, (this.programs.get(program) ?? 0) + 1);
  }

  /**
   * How much each candidate is wanted. An operator's ratio is its count if every operator were
   * used equally over its actual count; the geometric mean of a program's ratios, to the fourth
   * power, strongly favours programs whose operators are rare and disfavours those with an
   * overused one (the few programs with a lambda are otherwise lost among thousands of others).
   */
  weights(candidates: readonly { readonly operatorIds: readonly number[] }[]): number[] {
    const even = this.operatorUses / LABELS.length;
    const logRatio = Array.from(this.counts, (n) => Math.log((even + 1) / (n + 1)));
    return candidates.map(({ operatorIds }) => {
      let sum = 0;
      for (const op of operatorIds) sum += logRatio[op];
      return Math.exp((4 * sum) / operatorIds.length);
    });
  }

  /** The same program text chosen again (for other inputs) is worth less each time. */
  repeatPenalty(program: string): number {
    return 1 / (1 + (this.programs.get(program) ?? 0)) ** 2;
  }
}

export function generateTasks(options: GenerateOptions, onProgress?: (done: number) => void): GeneratedTask[] {
  const rng = mulberry32(options.seed);
  const examplesPerTask = options.examplesPerTask ?? 4;
  const maxCost = options.maxCost ?? DEFAULT_MAX_COST;
  const maxTried = Math.max(1000, Math.round((options.timePerSignatureMs ?? DEFAULT_TIME_PER_SIGNATURE_MS) * CANDIDATES_PER_MS));
  const out: GeneratedTask[] = [];
  const seen = new Set<string>();
  const balance = new Balance();
  // Some signatures yield nothing (all behaviours trivial); this bounds the loop all the same.
  const maxSignatures = 1000 + options.count * 20;
  for (let s = 0; s < maxSignatures && out.length < options.count; s++) {
    const params = pickSignature(rng);
    const points = drawPoints(rng, params, examplesPerTask);
    if (!points) continue;
    const tasks = fromSignature(rng, params, points, examplesPerTask, maxCost, maxTried, seen, balance, out.length);
    for (const t of tasks) {
      if (out.length >= options.count) break;
      out.push(t);
    }
    onProgress?.(out.length);
  }
  return out;
}

/** Kinds of the first parameter and, for two-parameter signatures, of the second. */
const FIRST_KINDS: readonly [ShapeKind, number][] = [
  ["string", 0.42],
  ["list", 0.3],
  ["number", 0.14],
  ["record", 0.14],
];
const SECOND_KINDS: readonly [ShapeKind, number][] = [
  ["string", 0.35],
  ["number", 0.45],
  ["list", 0.12],
  ["boolean", 0.08],
];

function pickSignature(rng: Rng): SignatureParam[] {
  const kinds: ShapeKind[] = [FIRST_KINDS[pickWeighted(rng, FIRST_KINDS.map(([, w]) => w))][0]];
  if (rng() < 0.35) kinds.push(SECOND_KINDS[pickWeighted(rng, SECOND_KINDS.map(([, w]) => w))][0]);
  const used = new Set<string>();
  return kinds.map((kind) => {
    const shape = pickShape(rng, kind);
    const free = shape.paramNames.filter((n) => !used.has(n));
    const name = free.length > 0 ? pick(rng, free) : `${shape.paramNames[0]}${used.size + 1}`;
    used.add(name);
    return { name, shape };
  });
}

/**
 * Six to eight input tuples; the first `examplesPerTask` differ from one another, since the same
 * input twice shows a model nothing new. Undefined when the shapes cannot give that many.
 */
function drawPoints(rng: Rng, params: readonly SignatureParam[], examplesPerTask: number): Value[][] | undefined {
  const n = Math.max(examplesPerTask + 2, intBetween(rng, 6, 8));
  // Two lists are often parallel (names and ages), which is what pairing them (zipWith) needs.
  const aligned = params.length === 2 && params.every((p) => p.shape.type.kind === "list") && rng() < 0.5;
  const draw = (): Value[] => {
    const inputs = params.map((p) => p.shape.draw(rng));
    for (let retry = 0; aligned && retry < 50 && (inputs[1] as Value[]).length !== (inputs[0] as Value[]).length; retry++) {
      inputs[1] = params[1].shape.draw(rng);
    }
    return inputs;
  };
  const points: Value[][] = [];
  const keys = new Set<string>();
  for (let i = 0; i < n; i++) {
    let inputs = draw();
    for (let retry = 0; i < examplesPerTask && keys.has(JSON.stringify(inputs)); retry++) {
      if (retry === 20) return undefined;
      inputs = draw();
    }
    keys.add(JSON.stringify(inputs));
    points.push(inputs);
  }
  return points;
}

function fromSignature(
  rng: Rng,
  params: readonly SignatureParam[],
  points: readonly Value[][],
  examplesPerTask: number,
  maxCost: number,
  maxTried: number,
  seen: Set<string>,
  balance: Balance,
  firstIndex: number,
): GeneratedTask[] {
  const taskParams = params.map((p) => ({ name: p.name, type: p.shape.type }));
  const shown = points.slice(0, examplesPerTask);
  const taskFor = (returnType: Type): Task => ({
    name: "generated",
    params: taskParams,
    returnType,
    // The outputs are not known yet; constants that depend on them are offered separately.
    examples: shown.map((inputs) => ({ inputs, output: "" })),
  });
  const universeKey = (t: Type) => typeUniverse(taskFor(t)).map(typeKey).sort().join(" ");

  // The return types that give the same universe as one chosen return type: the entries of all of
  // them come from one enumeration, and are what a search for each of them would find.
  const candidates = RETURN_TYPES.map((t) => ({ type: t, universe: universeKey(t) }));
  // The smallest universe (the one the parameters alone imply) is enumerated deepest, where the
  // lambdas of list tasks appear: its return types are likelier.
  const smallest = Math.min(...candidates.map((c) => c.universe.length));
  const chosen = candidates[
    pickWeighted(rng, candidates.map((c) => (RETURN_WEIGHTS[typeKey(c.type)] ?? 1) * (c.universe.length === smallest ? 2 : 1)))
  ];
  const harvested = candidates.filter((c) => c.universe === chosen.universe).map((c) => c.type);
  const task = taskFor(chosen.type);
  const universe = typeUniverse(task);

  const { string: longestString, list: longestList } = largestSizes(points.flat());
  return withSizeLimits(Math.max(64, longestString * 4), Math.max(32, longestList * 4), () => {
    const enumerator = buildEnumerator(rng, task, universe, harvested, points, maxTried);
    enumerator.growTo(maxCost);
    const reached = Math.min(maxCost, enumerator.level + 1);
    return harvest(rng, enumerator, harvested, params, points, examplesPerTask, reached, longestString, seen, balance, firstIndex, maxTried);
  });
}


/** The enumerator a search for this task would build, over the generated points, all of them labeled. */
function buildEnumerator(
  rng: Rng,
  task: Task,
  universe: readonly Type[],
  harvested: readonly Type[],
  points: readonly Value[][],
  maxTried: number,
): Enumerator {
  const instances = instantiateOperators(universe, GENERATED_OPERATORS);
  const keys = new Set(universe.map(typeKey));
  const leaves: Leaf[] = constantLeaves(task, universe, { ten: false });
  const seen = new Set(leaves.map((l) => leafKey(l.program)));
  const addLeaf = (value: Value, type: Type, cost: number) => {
    const program = constant(value, type);
    if (seen.has(leafKey(program))) return;
    seen.add(leafKey(program));
    leaves.push({ program, cost });
  };
  // Every list type harvested gets the empty list a search returning it would be offered.
  for (const t of harvested) if (t.kind === "list") addLeaf([], t, 2);
  if (keys.has("str")) {
    const n = rng() < 0.6 ? intBetween(rng, 1, 2) : 0;
    for (let i = 0; i < n; i++) {
      const text = pick(rng, INSERTED_TEXT);
      addLeaf(text, STRING, text.length === 1 ? 2 : 3);
    }
  }
  const paramLeaves: Leaf[] = task.params.map((p, i) => ({ program: param(i, p.type), cost: 1 }));
  const firstOrder = instances.filter((i) => i.params.every((p) => p.kind !== "function"));
  const domain: Domain = { inputs: points, vars: points.map(() => []), labeled: points.length };
  const limits = new CandidateBudget(maxTried);
  const costOf = (inst: Instance) => inst.op.cost;
  return new Enumerator(domain, instances, [...paramLeaves, ...leaves], costOf, limits, undefined, (params) => {
    const lambdaDomain = lambdaDomainFor(points.slice(0, LAMBDA_EXAMPLES), params);
    if (lambdaDomain.inputs.length === 0) return undefined;
    const varLeaves: Leaf[] = params.map((t, i) => ({ program: lambdaVar(i, t), cost: 1 }));
    return new Enumerator(lambdaDomain, firstOrder, [...varLeaves, ...paramLeaves, ...leaves], costOf, limits);
  });
}

const leafKey = (p: Program) => (p.kind === "const" ? `${typeKey(p.type)}:${JSON.stringify(p.value)}` : "");

/**
 * Sample arguments for a lambda's variables, as the search draws them from its examples (here
 * from the inputs alone, since the outputs are what the enumeration is about to produce).
 */
function lambdaDomainFor(points: readonly (readonly Value[])[], params: readonly Type[]): Domain {
  const inputs: (readonly Value[])[] = [];
  const vars: (readonly Value[])[] = [];
  for (const point of points) {
    const pools = params.map((t) => samplesOfType(t, point));
    if (pools.some((p) => p.length === 0)) continue;
    const tuples: Value[][] = [];
    if (params.length === 1) for (const v of pools[0]) tuples.push([v]);
    else for (const a of pools[0]) for (const b of pools[1]) tuples.push([a, b]);
    for (const t of spread(tuples, LAMBDA_SAMPLES_PER_EXAMPLE)) {
      inputs.push(point);
      vars.push(t);
    }
  }
  return { inputs, vars, labeled: 0 };
}

/** A bank entry that passed the checks, with what a task needs. */
interface Candidate {
  readonly entry: Entry;
  readonly operators: readonly string[];
  /** The operators' positions in LABELS, for the balance. */
  readonly operatorIds: readonly number[];
}

/**
 * Chooses up to TASKS_PER_SIGNATURE entries: a return type, then a cost level (deeper levels a
 * little likelier, so the data is not all small programs), then one of that level's useful
 * entries, weighted towards operators that are still rare.
 */
function harvest(
  rng: Rng,
  enumerator: Enumerator,
  types: readonly Type[],
  params: readonly SignatureParam[],
  points: readonly Value[][],
  examplesPerTask: number,
  reached: number,
  longestString: number,
  seen: Set<string>,
  balance: Balance,
  firstIndex: number,
  maxTried: number,
): GeneratedTask[] {
  const names = params.map((p) => p.name);
  const signature = `${params.map((p) => typeKey(p.shape.type)).join(",")}`;
  const maxString = Math.min(120, Math.max(30, longestString * 3));
  const shownInputs = JSON.stringify(points.slice(0, examplesPerTask));
  // A level's useful entries are worked out the first time the level is picked.
  const usefulAt = (key: string, level: number): Candidate[] => {
    const out: Candidate[] = [];
    for (const entry of enumerator.bank.at(key, level)) {
      if (!useful(entry.values, points, examplesPerTask, maxString)) continue;
      if (!wellFormed(entry.program, params.length)) continue;
      const operators = operatorNames(entry.program);
      if (operators.length > 0) out.push({ entry, operators, operatorIds: operators.map((op) => LABEL_INDEX.get(op)!) });
    }
    return out;
  };
  const pools = types.map((t) => ({
    type: t,
    key: typeKey(t),
    levels: Array.from({ length: reached + 1 }, (_, level): Candidate[] | undefined => (level >= 2 ? undefined : [])),
  }));
  const open = (l: Candidate[] | undefined) => l === undefined || l.length > 0;
  const chosenTasks: GeneratedTask[] = [];
  // A program made outside the enumeration (assembled, element-wise) becomes a task unless its examples were shown already.
  const addMade = (program: Program, values: Result[], returnType: Type, operators: string[], text: string): void => {
    const key = `${signature}->${typeKey(returnType)}|${shownInputs}|${JSON.stringify(values.slice(0, examplesPerTask))}`;
    if (seen.has(key)) return;
    seen.add(key);
    const cost = handCost(program, literalCost);
    const candidate: Candidate = { entry: { program, cost, rank: cost, values }, operators, operatorIds: operators.map((op) => LABEL_INDEX.get(op)!) };
    balance.record(candidate.operatorIds, text);
    chosenTasks.push(makeTask(candidate, text, returnType, params, points, examplesPerTask, firstIndex + chosenTasks.length));
  };
  const textPool = pools.find((p) => p.key === "str");
  const listParam = params.findIndex((p) => p.shape.type.kind === "list" && ["number", "string"].includes(p.shape.type.element.kind));
  const enumerated = TASKS_PER_SIGNATURE - (textPool ? ASSEMBLED_PER_SIGNATURE : 0) - (listParam >= 0 ? ELEMENTWISE_PER_SIGNATURE : 0);
  for (let attempt = 0; chosenTasks.length < enumerated && attempt < MAX_PICKS; attempt++) {
    const openPools = pools.filter((p) => p.levels.some(open));
    if (openPools.length === 0) break;
    const pool = openPools[pickWeighted(rng, openPools.map((p) => RETURN_WEIGHTS[p.key] ?? 1))];
    const levels: number[] = [];
    const levelWeights: number[] = [];
    pool.levels.forEach((l, level) => {
      if (!open(l)) return;
      levels.push(level);
      levelWeights.push(1 + LEVEL_SLOPE * Math.max(0, level - 3));
    });
    const level = levels[pickWeighted(rng, levelWeights)];
    const candidates = (pool.levels[level] ??= usefulAt(pool.key, level));
    if (candidates.length === 0) continue;
    const weights = balance.weights(candidates);
    const i = pickWeighted(rng, weights);
    const picked = candidates[i];
    const text = showProgram(picked.entry.program, names);
    // A program made only of overused operators is mostly passed over (a weight of 1 is a
    // program of evenly used ones), so other return types and levels get their turn.
    if (rng() >= weights[i] * balance.repeatPenalty(text)) continue;
    candidates[i] = candidates[candidates.length - 1];
    candidates.pop();
    // Two entries can show the same examples (they differ on the other points): one task is enough.
    const key = `${signature}->${pool.key}|${shownInputs}|${JSON.stringify(picked.entry.values.slice(0, examplesPerTask))}`;
    if (seen.has(key)) continue;
    seen.add(key);
    balance.record(picked.operatorIds, text);
    chosenTasks.push(makeTask(picked, text, pool.type, params, points, examplesPerTask, firstIndex + chosenTasks.length));
  }
  if (textPool) {
    const pieces = textPieces(enumerator, reached, points);
    for (let attempt = 0; pieces.length > 0 && attempt < ASSEMBLED_PER_SIGNATURE * 4; attempt++) {
      if (chosenTasks.length >= TASKS_PER_SIGNATURE) break;
      const assembled = assemblePieces(rng, pieces, balance, points.length);
      if (!assembled) continue;
      const { program, values } = assembled;
      if (!useful(values, points, examplesPerTask, maxString) || !wellFormed(program, params.length)) continue;
      addMade(program, values, STRING, operatorNames(program), showProgram(program, names));
    }
  }
  if (listParam >= 0) {
    const bodies = elementBodies(params, listParam, points, maxTried);
    const wanted = Math.min(TASKS_PER_SIGNATURE, chosenTasks.length + ELEMENTWISE_PER_SIGNATURE);
    for (let attempt = 0; bodies.length > 0 && attempt < ELEMENTWISE_PER_SIGNATURE * 4 && chosenTasks.length < wanted; attempt++) {
      const made = applyToElements(rng, bodies, balance, params, listParam, points);
      if (!made) continue;
      const { program, values, returnType } = made;
      if (!useful(values, points, examplesPerTask, maxString) || !wellFormed(program, params.length)) continue;
      const operators = operatorNames(program);
      const text = showProgram(program, names);
      // As for the enumerated tasks: a program of overused operators (map, once common) is mostly passed over.
      if (rng() >= balance.weights([{ operatorIds: operators.map((op) => LABEL_INDEX.get(op)!) }])[0] * balance.repeatPenalty(text)) continue;
      addMade(program, values, returnType, operators, text);
    }
  }
  return chosenTasks;
}

/** A lambda body for the element-wise tasks: it reads the element, and gives a value of the element's type or a boolean. */
interface Body {
  readonly program: Program;
  readonly predicate: boolean;
  readonly operatorIds: readonly number[];
  readonly level: number;
}

/**
 * Lambda bodies over one list parameter's elements, enumerated on sample elements as the search's
 * lambda enumerator does (the other parameters and the task's constants are leaves too).
 */
function elementBodies(params: readonly SignatureParam[], listParam: number, points: readonly Value[][], maxTried: number): Body[] {
  const element = (params[listParam].shape.type as Type & { kind: "list" }).element;
  const task: Task = {
    name: "generated",
    params: params.map((p) => ({ name: p.name, type: p.shape.type })),
    returnType: listOf(element),
    examples: points.slice(0, LAMBDA_EXAMPLES).map((inputs) => ({ inputs, output: [] })),
  };
  const universe = typeUniverse(task);
  const firstOrder = instantiateOperators(universe, GENERATED_OPERATORS).filter((i) => i.params.every((p) => p.kind !== "function"));
  const domain = lambdaDomainFor(points.slice(0, LAMBDA_EXAMPLES), [element]);
  if (domain.inputs.length === 0) return [];
  const leaves: Leaf[] = [
    { program: lambdaVar(0, element), cost: 1 },
    ...task.params.map((p, i) => ({ program: param(i, p.type), cost: 1 })),
    ...constantLeaves(task, universe, { ten: false }),
  ];
  const enumerator = new Enumerator(domain, firstOrder, leaves, (inst) => inst.op.cost, new CandidateBudget(Math.round(maxTried / 3)));
  enumerator.growTo(ELEMENT_BODY_MAX_COST);
  const out: Body[] = [];
  for (let level = 2; level <= ELEMENT_BODY_MAX_COST; level++) {
    for (const [key, predicate] of [[typeKey(element), false], ["bool", true]] as const) {
      for (const entry of enumerator.bank.at(key, level)) {
        if (!usesVariables(entry.program) || entry.program.kind !== "apply") continue;
        const operators = operatorNames(entry.program);
        out.push({ program: entry.program, predicate, operatorIds: operators.map((op) => LABEL_INDEX.get(op)!), level });
      }
    }
  }
  return out;
}

/**
 * One element-wise program: a body (rare operators and deeper levels likelier) under map, or a
 * predicate under map, filter or count; undefined when it fails on a point.
 */
function applyToElements(
  rng: Rng,
  bodies: readonly Body[],
  balance: Balance,
  params: readonly SignatureParam[],
  listParam: number,
  points: readonly Value[][],
): { program: Program; values: Result[]; returnType: Type } | undefined {
  const weights = balance.weights(bodies).map((w, i) => w * (1 + LEVEL_SLOPE * Math.max(0, bodies[i].level - 3)));
  const body = bodies[pickWeighted(rng, weights)];
  const listType = params[listParam].shape.type as Type & { kind: "list" };
  const element = listType.element;
  const result = body.predicate ? BOOLEAN : element;
  const wrapper = body.predicate ? pick(rng, ["map", "filter", "filter", "count"] as const) : "map";
  const returnType = wrapper === "count" ? NUMBER : wrapper === "filter" ? listType : listOf(result);
  const op = OPERATOR_BY_NAME.get(wrapper)!;
  const fn = fnOf([element], result);
  const program = apply(op, { params: [listType, fn], result: returnType }, [param(listParam, listType), lambda([element], body.program)]);
  const values: Result[] = [];
  for (const inputs of points) {
    const r = runProgram(program, inputs);
    if (!r.ok) return undefined;
    values.push(r.value);
  }
  return { program, values, returnType };
}

/** Text a piece of an assembled output may be: an enumerated string that varies over the points, or literal text. */
interface Piece {
  readonly program: Program;
  readonly values: readonly string[];
  readonly operatorIds: readonly number[];
  /** Whether the piece is a part of an input on every point (a word, a field, a prefix), case aside. */
  readonly extracted: boolean;
}

/** How much likelier a piece cut from the inputs is than one computed otherwise: such pieces are what people assemble most. */
const EXTRACTED_WEIGHT = 3;

/** The longest piece, in characters, an assembled output is made from. */
const MAX_PIECE_LENGTH = 30;

/** The enumerated strings fit to be pieces: defined and non-empty on every point, and not the same on all of them. */
function textPieces(enumerator: Enumerator, reached: number, points: readonly Value[][]): Piece[] {
  const out: Piece[] = [];
  for (let level = 1; level <= reached; level++) {
    for (const entry of enumerator.bank.at("str", level)) {
      const values = entry.values;
      if (values.length !== points.length) continue;
      if (!values.every((v) => typeof v === "string" && v.length > 0 && v.length <= MAX_PIECE_LENGTH)) continue;
      if (values.every((v) => v === values[0])) continue;
      const operators = operatorNames(entry.program);
      const extracted = values.every((v, e) => textOf(points[e]).includes((v as string).toLowerCase()));
      out.push({ program: entry.program, values: values as string[], operatorIds: operators.map((op) => LABEL_INDEX.get(op)!), extracted });
    }
  }
  return out;
}

/**
 * Two or three pieces joined by concat, with literal text between some of them (as in "Dr. " +
 * first word, or last name + ", " + initial). At least one piece is computed by an operator.
 */
function assemblePieces(rng: Rng, pieces: readonly Piece[], balance: Balance, n: number): { program: Program; values: Result[] } | undefined {
  const computed = pieces.filter((p) => p.operatorIds.length > 0);
  if (computed.length === 0) return undefined;
  const weights = balance.weights(computed).map((w, i) => (computed[i].extracted ? EXTRACTED_WEIGHT * w : w));
  const count = rng() < 0.6 ? 2 : 3;
  const parts: Program[] = [];
  const values: string[] = new Array(n).fill("");
  const add = (program: Program, piece: (e: number) => string) => {
    parts.push(program);
    for (let e = 0; e < n; e++) values[e] += piece(e);
  };
  let hasComputed = false;
  for (let i = 0; i < count; i++) {
    const literalNext = i > 0 && rng() < 0.5 && parts[parts.length - 1].kind !== "const";
    if (literalNext || (i === 0 && rng() < 0.3)) {
      const text = pick(rng, LITERAL_PIECES);
      add(constant(text, STRING), () => text);
      continue;
    }
    const piece: Piece = hasComputed && rng() < 0.4 ? pick(rng, pieces) : computed[pickWeighted(rng, weights)];
    hasComputed ||= piece.operatorIds.length > 0;
    add(piece.program, (e) => piece.values[e]);
  }
  if (parts.length < 2 || !hasComputed) return undefined;
  const concat = OPERATOR_BY_NAME.get("concat")!;
  const program = parts.reduce((left, right) => apply(concat, { params: [STRING, STRING], result: STRING }, [left, right]));
  return { program, values };
}

/** All the text of a point's inputs, lower-cased, to tell pieces cut from it. */
function textOf(inputs: readonly Value[]): string {
  const parts: string[] = [];
  const visit = (v: Value) => {
    if (typeof v === "string") parts.push(v.toLowerCase());
    else if (Array.isArray(v)) (v as readonly Value[]).forEach(visit);
    else if (v !== null && typeof v === "object") Object.values(v).forEach((x) => visit(x as Value));
  };
  inputs.forEach(visit);
  return parts.join("\u0000");
}

/** What the search makes literal text cost: one character 2 bits, longer text 3 (as buildEnumerator gives it). */
function literalCost(p: Program & { kind: "const" }): number {
  return typeof p.value === "string" && p.value.length > 1 ? 3 : 2;
}

/** Literal text between pieces: the inserted text of the enumerated tasks, and a space. */
const LITERAL_PIECES = [" ", " ", ...INSERTED_TEXT];

function makeTask(
  c: Candidate,
  text: string,
  returnType: Type,
  params: readonly SignatureParam[],
  points: readonly Value[][],
  examplesPerTask: number,
  index: number,
): GeneratedTask {
  const examples = points.map((inputs, e) => ({ inputs, output: c.entry.values[e] as Value }));
  const task: Task = {
    name: `generated${index}`,
    params: params.map((p) => ({ name: p.name, type: p.shape.type })),
    returnType,
    examples: examples.slice(0, examplesPerTask),
    heldOut: examples.slice(examplesPerTask),
  };
  const generated: GeneratedTask = { task, operators: c.operators, program: text, cost: c.entry.cost };
  programs.set(generated, c.entry.program);
  return generated;
}

/**
 * Whether a behaviour is worth a task: defined on every point, not the same on every shown
 * example, not simply one of the parameters, and of a size a person would write down.
 */
function useful(values: readonly Result[], points: readonly Value[][], shownCount: number, maxString: number): boolean {
  for (const v of values) if (v === ERR || typeof v === "function" || !reasonable(v, maxString)) return false;
  const shown = values.slice(0, shownCount) as Value[];
  if (shown.every((v) => valuesEqual(v, shown[0]))) return false;
  // A list that never holds more than one element is a scalar in disguise (`singleton(x)`).
  if (Array.isArray(shown[0]) && shown.every((v) => (v as readonly Value[]).length <= 1)) return false;
  for (let i = 0; i < points[0].length; i++) {
    if (shown.every((v, e) => valuesEqual(v, points[e][i]))) return false;
  }
  return true;
}

function reasonable(v: Value, maxString: number): boolean {
  if (typeof v === "string") return v.length <= maxString;
  if (typeof v === "number") return Math.abs(v) <= 1e9;
  if (typeof v === "boolean") return true;
  if (Array.isArray(v)) return v.length <= 20 && (v as readonly Value[]).every((x) => reasonable(x, maxString));
  return false;
}

/**
 * Whether a program reads like one a person would want: it uses every parameter (a function
 * ignores none of its inputs), each lambda reads all its variables (`map(xs, (x) => 0)` only
 * encodes the list's length, a fold that ignores the element only its length), and no text is
 * replaced by an empty pattern (which inserts between every two characters).
 */
function wellFormed(p: Program, paramCount: number): boolean {
  const used = new Set<number>();
  let ok = true;
  // Collects the lambda variables a body reads (the engine never nests lambdas).
  const visit = (q: Program, vars: Set<number>): void => {
    switch (q.kind) {
      case "param":
        used.add(q.index);
        return;
      case "var":
        vars.add(q.index);
        return;
      case "const":
        return;
      case "lambda": {
        const inner = new Set<number>();
        visit(q.body, inner);
        if (inner.size < q.params.length) ok = false;
        return;
      }
      case "apply": {
        const pattern = q.args[1];
        if ((q.op.name === "replace" || q.op.name === "replaceAll") && pattern.kind === "const" && pattern.value === "") ok = false;
        for (const a of q.args) visit(a, vars);
      }
    }
  };
  visit(p, new Set());
  return ok && used.size === paramCount;
}

/** Distinct operator names of a program, lambdas included; record field access is not an operator. */
export function operatorNames(p: Program): string[] {
  const names = new Set<string>();
  const visit = (q: Program) => {
    if (q.kind === "apply") {
      if (OPERATOR_BY_NAME.has(q.op.name)) names.add(q.op.name);
      q.args.forEach(visit);
    } else if (q.kind === "lambda") visit(q.body);
  };
  visit(p);
  return [...names].sort();
}
