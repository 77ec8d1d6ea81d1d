// The synthesizer: builds the search for one task (domain, constants, operators, lambda
// contexts), runs it level by level, assembles conditionals from partial solutions when no
// single program fits, and ranks what it found.
import type { Candidate, SynthesisOptions, SynthesisResult } from "./api";
import type { Entry } from "./bank";
import { BOUND_WORDS, ERR, FIELD_COST, OPERATOR_BY_NAME, OPERATORS, withSizeLimits, type Operator, type Result } from "./operators";
import { emitProgram } from "./emit";
import { PieceAssembler } from "./assemble";
import { thresholdBetween } from "./threshold";
import { deductions, splitByPosition, type Deduction, type PositionSplit } from "./deduce";
import { Enumerator, LAMBDA_COST, SearchLimits, type CostOf, type Domain, type Leaf } from "./enumerate";
import { instantiateOperators, typeUniverse, type Instance } from "./instantiate";
import { baseForms, named, namedBy, wordForms } from "./words";
import { unlabeledInputs } from "./inputs";
import { constantLeaves, outputKinds } from "./constants";
import { linearFits, weightedSums } from "./linear";
import { apply, constant, lambdaVar, operatorsOf, param, programKey, programSize, runProgram, showProgram, type Program } from "./program";
import { BOOLEAN, NUMBER, typeKey, valuesEqual, type Task, type Type, type Value } from "./types";

// Below the bench worker's 2 GiB heap, with room for the estimate's error.
const DEFAULT_MAX_BANK_BYTES = 1024 ** 3;
/** How many unlabeled inputs join the domain, to tell apart programs that fit the examples. */
const UNLABELED_POINTS = 2;
/** Lambda domains sample this many examples, to keep their banks small on long tasks. */
const LAMBDA_EXAMPLES = 4;
const LAMBDA_SAMPLES_PER_EXAMPLE = 4;

interface Solution {
  readonly program: Program;
  readonly cost: number;
  readonly values: readonly Result[];
  /** Found by meeting two kept programs: kept in case nothing plainer turns up, it ends no phase. */
  readonly fallback?: boolean;
  /** Assembled from pieces, left to right: it leaves conditionals their chance (see advanceLevels). */
  readonly assembled?: boolean;
}

/** What the phases pass on to each search besides the caller's options. */
interface SearchOptions extends SynthesisOptions {
  /**
   * Whether the search is for the task the user declared, not a sub-task deduced from it: only
   * then are deductions made, and a program that never reads one of the parameters is suspect.
   */
  readonly wholeTask: boolean;
}

/**
 * What a program that never reads one of the declared parameters pays, per parameter, in ranking
 * and in when the search may stop. Such a program fits by accident far more often than it is meant
 * (`Math.floor(xs.length / 2)` for the count of items above `limit`), so the search goes on for one
 * that reads them all; it must not cost that much more. Observational equivalence keeps a program
 * from reading a parameter to no effect, but a dearer one may read it to a wrong effect: at 8,
 * SyGuS's lastNameFirstColumn took `name.slice(7 - other.length)` over the last word.
 */
const UNREAD_PARAMETER_PENALTY = 4;
/**
 * What a whole-task program pays, in ranking and in when the search may stop, for each idiom the
 * task's words name that it does not use: `vowelCount` from moon 2, tree 2, cat 1 is not
 * `text.slice(2).length` (8 bits, against 13 for counting the vowels). A word naming a test is
 * stronger evidence than one naming an operator; the examples still decide where it does not fit.
 */
const UNUSED_IDIOM_PENALTY = 6;

/** The indices of the parameters a program reads, anywhere in it. */
function parametersRead(p: Program, into = new Set<number>()): Set<number> {
  if (p.kind === "param") into.add(p.index);
  else if (p.kind === "apply") for (const a of p.args) parametersRead(a, into);
  else if (p.kind === "lambda") parametersRead(p.body, into);
  return into;
}

/** How many of the first `count` parameters the program never reads. */
function unreadParameters(p: Program, count: number): number {
  let read = 0;
  for (const i of parametersRead(p)) if (i < count) read++;
  return count - read;
}

/** Operators with a position or a count in their first argument, a list, and which arguments those are. */
const POSITION_ARGUMENTS: ReadonlyMap<string, readonly number[]> = new Map([
  ["take", [1]],
  ["drop", [1]],
  ["at", [1]],
  ["removeAt", [1]],
  ["insertAt", [1]],
  ["setAt", [1]],
  ["listSlice", [1, 2]],
]);
/** Operators that give the same items in another order. */
const REORDERING_OPERATORS = new Set(["sort", "reverse"]);

/**
 * How many times a lambda over a list mixes up its item and a position in that list. It looks up
 * the very item's position (`xs.filter((x) => xs.indexOf(x) % 2 === 0)`): that is the position only
 * while the items are distinct, so it fits examples without repeats by accident, where a person
 * means the position itself (`xs.filter((_, i) => i % 2 === 0)`); a lambda given the position too
 * is exempt, as there the lookup is the item's first position, compared with its own
 * (`xs.filter((x, i) => xs.indexOf(x) < i)` keeps the repeats). Or it takes the item's value as a
 * position or a count in that same list, in any order (`[...xs].sort().map((x) => Math.max(...xs.slice(0, x)))`
 * for the highest so far): small numbers in examples fit that by accident too.
 */
function ownPositionLookups(p: Program, list?: Program, indexed = false): number {
  switch (p.kind) {
    case "apply": {
      if (list !== undefined) {
        const isItem = (q: Program) => q.kind === "var" && q.index === 0;
        const key = programKey(p.args[0]);
        if (p.op.name === "listIndexOf" && !indexed && isItem(p.args[1]) && key === programKey(list)) return 1;
        const positions = POSITION_ARGUMENTS.get(p.op.name);
        if (positions?.some((i) => isItem(p.args[i])) && (key === programKey(list) || key === programKey(itemsOf(list)))) return 1;
      }
      // A lambda argument is given the items of the operator's first argument (map, filter, count...).
      const source = p.args[0]?.type.kind === "list" ? p.args[0] : undefined;
      return p.args.reduce((n, a) => n + (a.kind === "lambda" ? ownPositionLookups(a.body, source, a.params.length > 1) : ownPositionLookups(a, list, indexed)), 0);
    }
    case "lambda":
      return ownPositionLookups(p.body, list, indexed);
    default:
      return 0;
  }
}

/**
 * How many times a number is the length of text cut at a fixed place or doubled: `word.slice(2).length`
 * for the middle of three- and five-letter words, `(text + text).slice(9).length` for a count of
 * "a". Arithmetic on the length (`word.length - 2`) is what a person writes, and these fit a few
 * examples by accident. Cut at a found place (`s.slice(s.indexOf("@")).length`), the length is meant.
 */
function lengthsOfCutText(p: Program): number {
  if (p.kind === "lambda") return lengthsOfCutText(p.body);
  if (p.kind !== "apply") return 0;
  const doubled = (q: Program) => q.kind === "apply" && q.op.name === "concat" && programKey(q.args[0]) === programKey(q.args[1]);
  let n = 0;
  const text = p.args[0];
  if (p.op.name === "length" && text.kind === "apply") {
    const cut = text.op.name === "sliceFrom" || text.op.name === "slice";
    if ((cut && text.args.slice(1).every((a) => a.kind === "const")) || doubled(text) || (cut && doubled(text.args[0]))) n++;
  }
  return p.args.reduce((sum, a) => sum + lengthsOfCutText(a), n);
}

/** The list whose items these are, in whatever order: `xs` for `sort(xs)` or `reverse(xs)`. */
function itemsOf(list: Program): Program {
  return list.kind === "apply" && REORDERING_OPERATORS.has(list.op.name) ? itemsOf(list.args[0]) : list;
}

export function synthesize(task: Task, options: SynthesisOptions): SynthesisResult {
  const started = Date.now();
  const sizes = largestSizes(task.examples.flatMap((ex) => [...ex.inputs, ex.output]));
  return withSizeLimits(Math.max(64, sizes.string * 4), Math.max(32, sizes.list * 4), () => {
    const { search, solutions } = searchInPhases(task, { ...options, wholeTask: true }, started);
    return search.result(solutions, Date.now() - started);
  });
}

/**
 * How long a search goes on after its first assembled or conditional program, for cheaper ones:
 * twice the time it took, and at least 250 ms (shorter, the plain search chose less readable
 * programs, such as three charAt calls for one slice).
 */
function searchOnMs(spent: number): number {
  return Math.max(250, 2 * spent);
}

/**
 * Examples a task needs before an offset or a choice is read off them. With five examples of small
 * numbers, some odd program among thousands fits by accident (11 - xs.indexOf(8) for the third
 * largest); the examples a map's element is deduced from are many.
 */
const MIN_EXAMPLES_TO_READ_OFF = 8;
/** Share of its time a deduced sub-task searches for plain programs before it assembles conditionals too. */
const LATE_CONDITIONALS_SHARE = 0.5;
/** Examples a partial solution with number or boolean outputs must fit for Probe's update to count it. */
const MIN_NUMBERS_FOR_UPDATE = 3;
/** What a constant read off the examples costs an offset program (as much as a small literal). */
const OFFSET_LITERAL_COST = 3;

/**
 * How a new number program `a` meets a kept one `b` at an output `t`: what `b` must give (its
 * partner), and the operator that joins them, `a` first or second.
 */
const PAIRS: readonly { readonly op: Operator; readonly newFirst: boolean; readonly partner: (t: number, a: number) => number }[] = [
  { op: OPERATOR_BY_NAME.get("add")!, newFirst: true, partner: (t, a) => t - a },
  { op: OPERATOR_BY_NAME.get("sub")!, newFirst: true, partner: (t, a) => a - t },
  { op: OPERATOR_BY_NAME.get("sub")!, newFirst: false, partner: (t, a) => t + a },
  { op: OPERATOR_BY_NAME.get("mul")!, newFirst: true, partner: (t, a) => (a === 0 ? NaN : t / a) },
];

/** Fallbacks kept before only cheaper ones are (enough for the alternatives offered). */
const MAX_FALLBACKS = 4;

/** One step of a hash over whole numbers (collisions are checked by the caller). */
function mixHash(hash: number, v: number): number {
  return Math.imul(hash ^ (v | 0) ^ ((v / 4294967296) | 0), 0x9e3779b1) | 0;
}
const BOOLEAN_KEY = typeKey(BOOLEAN);
const NUMBER_KEY = typeKey(NUMBER);
const NUMBER_BINARY = { params: [NUMBER, NUMBER], result: NUMBER };

/** The boolean programs a conditional may test, the cheapest first. */
const MAX_CONDITIONS = 300;

/** Share of the budget for the first, quick phase, and for each deduced sub-task. */
const FIRST_PHASE_SHARE = 0.15;
const DEDUCTION_SHARE = 0.2;
/** Share of the time left for searching the positions of a fixed-length output one by one, and for one position. */
const POSITIONS_SHARE = 0.5;
const ONE_POSITION_SHARE = 1;

/**
 * A quick first phase (most tasks are small): a plain search, or with a learned prior a guided one
 * taking turns with a plain one; then the deductions, each on a smaller task; then a full search
 * whose costs were updated from the first phase's partial solutions.
 */
function searchInPhases(task: Task, options: SearchOptions, started: number): { search: Search; solutions: Solution[] } {
  const allowDeduction = options.wholeTask;
  const total = options.timeoutMs;
  // Conditionals wait for the last phase: in a quick first look they would fit the examples too eagerly.
  const guided = options.prior?.(task);
  // Record-field reads are made per task (`field:name`); the prior has one cost for all of them.
  const priorCost: CostOf = guided ? priorCostOf(guided) : handSetCost;
  // A task that says its cases is the exception (`flag ? "yes" : "no"`).
  const firstOptions = { ...options, timeoutMs: total * FIRST_PHASE_SHARE, conditionals: saysCases(task) && options.conditionals !== false && ("single" as const) };
  const { winner: first, plain: plainFirst } = guided
    ? takeTurns(task, firstOptions, started, priorCost)
    : { winner: new Search(task, firstOptions, started, handSetCost), plain: undefined };
  // Read off the examples once: the early turn and the later deductions take the same sub-tasks.
  const subTasks = allowDeduction ? deductions(task) : [];
  if (!guided) {
    const early = options.quickDeductions !== false ? quickDeductions(subTasks, options, first, started) : [];
    if (early.length > 0) return { search: first, solutions: withConditionals(first, [...first.solutions, ...early], options, started) };
    first.run();
  }
  const firstSolutions = first.solutions;
  if (first.limits.stopped === "cancelled") return { search: first, solutions: firstSolutions };
  const fallbacks = firstSolutions.filter((s) => s.fallback);
  // A solution no dearer than the levels enumerated is the cheapest there is; an assembled one
  // may be dearer, and then the deductions below may find a cheaper program.
  const cheapest = first.cheapestSettled(firstSolutions);
  const settled = cheapest < Infinity;
  if (settled && (cheapest <= first.level || !allowDeduction)) return { search: first, solutions: firstSolutions };

  const collected = [...firstSolutions];
  // With a program in hand, the deductions only look for a cheaper one: they get the little
  // time a search goes on for after its first solution, not their share of the budget.
  const spent = Date.now() - started;
  const end = settled ? Math.min(started + total, Date.now() + searchOnMs(spent)) : started + total;
  const subFound = new Map<Deduction, Program[]>();
  for (const d of subTasks) {
    const subStarted = Date.now();
    if (options.cancellation?.isCancellationRequested) break;
    if (!stillNeeded(d, subFound)) continue;
    // A refinement still needed gets a short turn even when the time for cheaper programs is
    // spent: what it refines found a program that reads the whole list (x + the sum before
    // xs.indexOf(x), wrong on a repeated item), and only it can put that right.
    const floor = d.refines && subFound.has(d.refines.deduction) ? Math.min(started + total - subStarted, QUICK_DEDUCTION_MS) : 0;
    const remaining = Math.max(end - subStarted, floor);
    if (remaining <= 0) continue;
    const sub = searchInPhases(
      d.task,
      // A number a map makes of each element may fall into cases (`x % 2 === 0 ? x * 3 : x`), once
      // plain programs had half the time. A filter's predicate assembled from cases only lists the
      // examples' elements, and a word map's cases (on SyGuS's middle names) did much the same;
      // but where the words or the deduction's shape say the cases (casesSaid), from the start.
      {
        ...options,
        wholeTask: false,
        timeoutMs: Math.min(remaining, total * (d.share ?? DEDUCTION_SHARE)),
        conditionals: options.conditionals !== false && (casesSaid(d) || (d.task.returnType.kind === "number" && "late")),
      },
      subStarted,
    );
    subFound.set(d, sub.solutions.map((s) => s.program));
    collected.push(...rebuilt(d, sub.solutions, first));
  }
  // Outputs of one length: each position searched on its own, with its own deductions.
  const split = allowDeduction && collected.length === fallbacks.length ? splitByPosition(task) : undefined;
  if (split) {
    // One position searched is the whole task less its brackets: it gets all the time left.
    const splitMs = (started + total - Date.now()) * (split.searched === 1 ? ONE_POSITION_SHARE : POSITIONS_SHARE);
    const solution = splitMs > 0 ? byPositions(split, options, splitMs, first) : undefined;
    if (solution) collected.push(solution);
  }
  if (collected.length > fallbacks.length) return { search: first, solutions: withConditionals(first, collected, options, started) };

  const remaining = started + total - Date.now();
  if (remaining <= 0) return { search: first, solutions: fallbacks };
  // The full search starts again from the hand-set costs, lowered by Probe's update for the first
  // phase's partial solutions: a learned prior steers only the quick first look (and the deduced
  // sub-tasks' first looks), so a wrong prediction costs at most that phase's share of the budget.
  // The update comes from the plain search's partial solutions only: those the guided one found
  // under the prior's costs lowered other operators too, and the full search then went slower
  // than the unguided one (generated tasks, 1 s each: 117 of 120 solved against 118).
  const fits = (plainFirst ?? first).learnedFits();
  if (fits.size === 0 && !guided) {
    first.goOnUntil(started + total, options.conditionals);
    return { search: first, solutions: first.run() };
  }
  const full = new Search(task, { ...options, timeoutMs: remaining }, Date.now(), (inst) => learnedCost(inst, fits));
  return { search: full, solutions: [...full.run(), ...fallbacks] };
}

/**
 * Whether the task is a choice between cases on its face: it has a boolean parameter, which
 * exists to choose, or its few examples' outputs are a few texts of their own (`n < 0 ?
 * "negative" : "positive"`). With many examples, a choice between two outputs is read off them
 * (see `choice`), and the condition that is meant may come later than one that fits by accident.
 */
function saysCases(task: Task): boolean {
  if (task.params.some((p) => p.type.kind === "boolean")) return true;
  return task.examples.length < MIN_EXAMPLES_TO_READ_OFF && outputKinds(task).length > 0;
}

/**
 * Whether a deduction's sub-task is a choice of cases from the start: its shape says so (text put
 * before some characters), or the task's words name a test of the element (`isVowel(c) ? "*" : c`
 * for each character of replaceVowels). Its cases are then no mere list of the examples' elements.
 */
function casesSaid(d: Deduction): boolean {
  return d.cases === true || namesTestOfElement(d.task);
}

/** Whether the task's words name a test (an idiom) of its first input, the element of a deduced sub-task. */
function namesTestOfElement(task: Task): boolean {
  const forms = wordForms(task.words ?? []);
  const element = typeKey(task.params[0].type);
  return OPERATORS.some((op) => op.onlyWhenNamed && op.result.kind === "boolean" && typeKey(op.params[0]) === element && namedBy(op, forms));
}

/**
 * The solutions found before the last phase, and any the first search finds when it goes on with
 * conditionals. A deduced or assembled program dearer than the levels enumerated leaves room for
 * a cheaper one, a conditional above all, which the first phase does not build: `loud ?
 * text.toUpperCase() : text` costs 12 where a shout cut from pieces at "H" cost 45. The search
 * goes on for the little time a search gets after its first solution.
 */
function withConditionals(first: Search, found: Solution[], options: SearchOptions, started: number): Solution[] {
  const cheapest = first.cheapestSettled(found);
  if (cheapest === Infinity || options.conditionals === false) return found;
  const end = Math.min(started + options.timeoutMs, Date.now() + searchOnMs(Date.now() - started));
  if (cheapest <= first.level + 1 || end <= Date.now()) return found;
  first.goOnUntil(end, options.conditionals);
  return [...found, ...first.run().filter((s) => !found.includes(s))];
}

/**
 * Searches each position of a fixed-length output as a task of its own (deductions included),
 * sharing the time, and answers the list of what each found, checked on the whole task.
 */
function byPositions(split: PositionSplit, options: SearchOptions, timeoutMs: number, search: Search): Solution | undefined {
  const end = Date.now() + timeoutMs;
  const items: Program[] = [];
  let left = split.searched;
  for (const position of split.positions) {
    if (!("task" in position)) {
      items.push(position.program);
      continue;
    }
    if (options.cancellation?.isCancellationRequested) return undefined;
    // Each gets an equal share of what is left, so time one did not need goes to the next.
    const share = (end - Date.now()) / left--;
    if (share <= 0) return undefined;
    // Conditionals late, as in a deduced sub-task: a single number fits a few examples by cases too easily.
    const conditionals = options.conditionals !== false && "late";
    const sub = searchInPhases(position.task, { ...options, timeoutMs: share, conditionals }, Date.now());
    const best = sub.search.result(sub.solutions, 0).best;
    if (!best) return undefined;
    items.push(best.program);
  }
  const program = split.rebuild(items);
  return search.checked(program, handCost(program));
}

/** Whether a deduction that refines an earlier one is still wanted, given what that one's sub-task found. */
function stillNeeded(d: Deduction, found: ReadonlyMap<Deduction, readonly Program[]>): boolean {
  if (!d.refines) return true;
  return d.refines.needed(found.get(d.refines.deduction) ?? []);
}

/** A deduction's sub-task programs as programs of the whole task, checked on its examples by `search`. */
function rebuilt(d: Deduction, solutions: readonly Solution[], search: Search): Solution[] {
  const out: Solution[] = [];
  for (const s of solutions) {
    const program = d.rebuild(s.program);
    const solution = program && search.checked(program, handCost(program));
    if (solution) out.push(solution);
  }
  return out;
}

/** How long the plain search looks alone before the deductions get their early turn. */
const QUICK_LOOK_MS = 150;
/** Each deduction's early turn, at most: a plain search of its sub-task. */
const QUICK_DEDUCTION_MS = 300;

/**
 * A quick look before the deductions get their turn. The plain search runs alone for a short
 * while (most tasks are found in it); if it has not fit the examples, each deduction gets a short
 * search of its own, since a map or filter over smaller examples is often found at once where the
 * whole task takes the plain search its full phase. With a program from a deduction in hand, the
 * plain search goes on a little for a cheaper one. Returns the deductions' programs (none when
 * the quick look was skipped or found nothing; the plain search then resumes its phase).
 */
function quickDeductions(found: readonly Deduction[], options: SearchOptions, plain: Search, started: number): Solution[] {
  const phaseEnd = started + options.timeoutMs * FIRST_PHASE_SHARE;
  // With a short time limit the phase is the quick look: nothing changes.
  if (started + QUICK_LOOK_MS >= phaseEnd) return [];
  if (found.length === 0) return [];
  const over = plain.advance(started + QUICK_LOOK_MS);
  // A program no dearer than the levels enumerated is the cheapest there is; one assembled from
  // pieces may be dearer (every other character as three slices), and a deduction may say it plainly.
  const cheapest = plain.cheapestSettled(plain.solutions);
  if (cheapest <= plain.level) return [];
  if (over && cheapest === Infinity) return [];
  const lookEnd = Date.now();
  const early: Solution[] = [];
  const subFound = new Map<Deduction, Program[]>();
  for (const d of found) {
    if (options.cancellation?.isCancellationRequested) break;
    if (!stillNeeded(d, subFound)) continue;
    // A plain search only: Probe's cost update, this early, chose programs that merely fit the
    // element's examples (a keep-the-evens predicate on the list's minimum instead of `x % 2`).
    // A deduction whose sub-task is a choice of cases gets them here too: without, its quick turn
    // ends the phase with what encodes the cases in arithmetic of text.
    const conditionals = casesSaid(d) && options.conditionals !== false;
    const sub = new Search(d.task, { ...options, wholeTask: false, timeoutMs: QUICK_DEDUCTION_MS, conditionals, alternatives: 0 }, Date.now(), handSetCost);
    // A fallback is no reason to end the phase early: the deduction's longer turn later finds it
    // again, after the plainer programs had their chance (under load, a Caesar cipher's element
    // came back as 2 - x % 5 + (x + x) % 5 instead of (x + 2) % 5).
    const solutions = sub.run().filter((s) => !s.fallback);
    subFound.set(d, solutions.map((s) => s.program));
    early.push(...rebuilt(d, solutions, plain));
  }
  // Nothing found: the plain search gets back the time the deductions took, for its whole share.
  if (early.length === 0) {
    plain.postpone(Date.now() - lookEnd);
    return [];
  }
  plain.lookBelow(Math.min(...early.map((s) => plain.stoppingCost(s))), Date.now() + searchOnMs(plain.busyMs));
  plain.advance(Infinity);
  return early;
}

/**
 * How long the guided search runs alone before a plain one takes turns with it. Most tasks the
 * prediction is right about are solved within it; for the others, the plain search soon has as
 * much time as the guided one, so a wrong prediction costs at most about twice the time.
 */
const GUIDED_HEAD_START_MS = 100;
/** How long each search runs in its turn: short enough that neither waits long, long enough for the switch to be free. */
const TURN_MS = 20;

/**
 * The first phase with a learned prior: the guided search, then it and a plain one in turns of
 * equal time, until one fits the examples (it then finishes alone) or the phase's time is out.
 * Both searches share the memory budget. `plain` is the plain search, if it started.
 */
function takeTurns(
  task: Task,
  options: SearchOptions,
  started: number,
  guidedCost: CostOf,
): { winner: Search; plain: Search | undefined } {
  const half = { ...options, maxBankBytes: (options.maxBankBytes ?? DEFAULT_MAX_BANK_BYTES) / 2 };
  const guided = new Search(task, half, started, guidedCost, true);
  const finish = (winner: Search, plain?: Search) => {
    winner.advance(Infinity);
    return { winner, plain };
  };
  if (guided.advance(started + Math.min(GUIDED_HEAD_START_MS, options.timeoutMs / 3)) || guided.solved) return finish(guided);
  const headStart = guided.busyMs;
  const plain = new Search(task, half, started, handSetCost);
  for (;;) {
    // The head start aside, each has had as much time as the other.
    const turn = plain.busyMs <= guided.busyMs - headStart ? plain : guided;
    const other = turn === plain ? guided : plain;
    const over = turn.advance(Date.now() + TURN_MS);
    if (turn.solved) return finish(turn, plain);
    // Out of time or cancelled, both are over; out of memory, the other goes on alone.
    if (over) return finish(other, plain);
  }
}

/** The longest string and list anywhere in the given values (inside lists and records too). */
export function largestSizes(values: readonly Value[]): { string: number; list: number } {
  let string = 0;
  let list = 0;
  const visit = (v: Value) => {
    if (typeof v === "string") string = Math.max(string, v.length);
    else if (Array.isArray(v)) {
      list = Math.max(list, v.length);
      (v as readonly Value[]).forEach(visit);
    } else if (typeof v === "object") Object.values(v).forEach((x) => visit(x as Value));
  };
  values.forEach(visit);
  return { string, list };
}

/**
 * Instance costs under a learned prior. Record-field reads are made per task (`field:name`), so the
 * prior has one cost for all of them. The model has no output for a library function until it is
 * retrained, so a library function keeps its count-based cost (from how often the corpus used it),
 * moved by the average change the prior makes to the operators in its body: a function built from
 * operators the model expects becomes likely with them.
 */
export function priorCostOf(guided: ReadonlyMap<string, number>): CostOf {
  const memo = new Map<string, number>();
  const costOf = (op: Operator): number => {
    const direct = guided.get(op.name) ?? (op.name.startsWith("field:") ? guided.get("field") : undefined);
    if (direct !== undefined) return direct;
    const definition = op.abstraction;
    if (!definition) return op.cost;
    const known = memo.get(op.name);
    if (known !== undefined) return known;
    const body: Operator[] = [];
    const visit = (p: Program) => {
      if (p.kind === "apply") {
        body.push(p.op);
        p.args.forEach(visit);
      } else if (p.kind === "lambda") visit(p.body);
    };
    visit(definition.body);
    const shift = body.reduce((sum, o) => sum + costOf(o) - o.cost, 0) / Math.max(1, body.length);
    const cost = Math.max(1, Math.round(op.cost + shift));
    memo.set(op.name, cost);
    return cost;
  };
  return (inst) => costOf(inst.op);
}

/** The instance cost when no learned prior is given: the operator's hand-set cost. */
function handSetCost(inst: Instance): number {
  return inst.op.cost;
}

/**
 * An input, a literal, or one operator applied to those alone (`x * 3`, 5 put into `xs` at 1): what
 * a conditional's case of a task with few examples may be where it rests on two of them.
 */
function isOneStep(p: Program): boolean {
  if (p.kind !== "apply") return p.kind !== "lambda";
  return p.args.every((a) => a.kind !== "apply" && a.kind !== "lambda");
}

/**
 * An instance's hand-set cost lowered by Probe's update. The instance's own cost is the one
 * lowered, so an operator the task's words name keeps its discount.
 */
function learnedCost(inst: Instance, fits: ReadonlyMap<string, number>): number {
  const fit = fits.get(inst.op.name);
  return fit === undefined ? inst.op.cost : Math.max(1, Math.round(inst.op.cost * (1 - fit)));
}

/**
 * The idioms a word of the task names when it names no other operator: "vowels" asks for isVowel,
 * but "upper" may mean toUpperCase as well as isUpperCase, so it asks for neither. A record field
 * is asked for the same way: `totalQuantity` over items with a `qty` should read it, and
 * `[...items, ...items].length` fits two examples of quantities by accident.
 */
function idiomsAskedFor(instances: readonly Instance[], words: readonly string[], params: readonly Type[]): Set<string> {
  const asked = new Set<string>();
  // The items a test may be given: a text's characters, a list's items.
  const itemKeys = new Set(params.flatMap((t) => (t.kind === "string" ? [typeKey(t)] : t.kind === "list" ? [typeKey(t.element)] : [])));
  words.forEach((word, k) => {
    const forms = new Set(baseForms(word));
    const ops = new Set(instances.filter((i) => namedBy(i.op, forms)).map((i) => i.op));
    const selecting = k > 0 && baseForms(words[k - 1]).some((f) => SELECTING_WORDS.has(f));
    if (ops.size > 0 && [...ops].every((op) => op.onlyWhenNamed || op.name.startsWith("field:"))) for (const op of ops) asked.add(op.name);
    else if (selecting) {
      for (const i of instances) if (i.op.isTest && namedBy(i.op, forms) && itemKeys.has(i.paramKeys[0])) asked.add(i.op.name);
    }
    // After a selecting word that names an operator taking a test, a word naming a test of the
    // items asks for that operator too: `everyPositive` is `xs.every((x) => x > 0)`, not the sum's
    // sign, and `hasVowel` looks at every character, not the last.
    // A plain word of size asks for a comparison with a bound (any of them will do).
    if (BOUND_WORDS.includes(word.toLowerCase())) asked.add(COMPARISON);
    if (selecting && instances.some((i) => i.op.isTest && namedBy(i.op, forms) && itemKeys.has(i.paramKeys[0]))) {
      const selector = new Set(baseForms(words[k - 1]));
      for (const i of instances) if (i.params.some((t) => t.kind === "function") && namedBy(i.op, selector)) asked.add(i.op.name);
    }
  });
  return asked;
}

/** What `idiomsAskedFor` answers for a comparison with a bound, and the operators that make one. */
const COMPARISON = "comparison";
const COMPARISON_OPERATORS = ["lessThan", "lessOrEqual", "between"];

/**
 * Words that pick items out by a test. Right after one, a word that names a test as well as other
 * operators means the test: `countDigits` counts the characters that are digits, where "digit"
 * alone may name a character or a number's digits (`removeFirstLetter` asks for no test).
 */
const SELECTING_WORDS = new Set(["count", "has", "any", "all", "every", "only", "remove", "keep", "filter", "without"]);

/** How many of the program's number literals are round: multiples of 10 other than 0. */
function roundNumbers(p: Program): number {
  switch (p.kind) {
    case "const":
      return typeof p.value === "number" && p.value !== 0 && p.value % 10 === 0 ? 1 : 0;
    case "apply":
      return p.args.reduce((n, a) => n + roundNumbers(a), 0);
    case "lambda":
      return roundNumbers(p.body);
    default:
      return 0;
  }
}

/** How many distinct operators of the program the task's words name. */
function namedOperators(p: Program, forms: ReadonlySet<string>): number {
  if (forms.size === 0) return 0;
  let named = 0;
  for (const op of operatorsOf(p).values()) if (namedBy(op, forms)) named++;
  return named;
}

class Search {
  readonly domain: Domain;
  readonly limits: SearchLimits;
  /** The highest cost level the main enumeration completed. */
  get level(): number {
    return this.main.level;
  }
  readonly returnKey: string;
  readonly labeled: number;
  private readonly main: Enumerator;
  readonly solutions: Solution[] = [];
  /** The next level `advance` grows the enumeration to. */
  private nextLevel = 1;
  /** The search stops before this level: a program of that cost is already in hand. */
  private levelCap = 200;
  /** Whether the search has nothing more to do. */
  private over = false;
  /** Whether the deadline was already brought forward for a first assembled or conditional solution. */
  private extended = false;
  /** The search's own deadline (a turn's end may come before it). */
  private deadline: number;
  /** Time spent in `advance` (before the current call, while one runs). */
  busyMs = 0;
  /** When the current call to `advance` began. */
  private turnStarted = 0;
  /** The cheapest program per set of examples it satisfies (by mask), for conditionals. */
  private readonly partials = new Map<string, { entry: Entry; mask: Uint8Array }>();
  /** Whether the pieces of a conditional changed since one was last built: its cases, or its conditions. */
  private partialsChanged = false;
  /** Boolean programs kept so far: the first MAX_CONDITIONS are the conditions a conditional may test. */
  private conditionsSeen = 0;
  /** Whether the task says it is a choice between cases: conditionals need not wait. */
  private readonly saysCases: boolean;
  /** How deep the conditionals built so far could nest (0 before the first). */
  private conditionalDepth = 0;
  /** What each literal of the task cost the search, for ranking. */
  private readonly literalCosts = new Map<string, number>();
  /** The idioms (isEven, isVowel) the task's words ask for, which a whole-task program should use. */
  private readonly askedIdioms: ReadonlySet<string>;
  /**
   * What pieces and cases are chosen by. With a learned prior's costs, the hand-set cost of a kept
   * program (its rank): an odd program the prior made cheap is not what a person means. Otherwise
   * the search's own cost, which Probe's update lowers for the operators of partial solutions.
   */
  private readonly rank: (entry: Entry) => number;
  /** Assembles string and list outputs from pieces (undefined for other return types). */
  private readonly assembler: PieceAssembler | undefined;

  constructor(
    readonly task: Task,
    public options: SearchOptions,
    readonly started: number,
    costOf: (inst: Instance) => number,
    /** Whether `costOf` comes from a learned prior: programs are then kept and chosen by their hand-set costs. */
    learned = false,
  ) {
    this.rank = learned ? (entry) => entry.rank : (entry) => entry.cost;
    this.saysCases = saysCases(task);
    this.rankingOpCost = rankingCost(wordForms(task.words ?? []));
    const labeledInputs = task.examples.map((e) => e.inputs);
    const extra = unlabeledInputs(task, UNLABELED_POINTS);
    const inputs = [...labeledInputs, ...extra];
    this.labeled = labeledInputs.length;
    this.domain = { inputs, vars: inputs.map(() => []), labeled: this.labeled };
    this.deadline = started + options.timeoutMs;
    this.limits = new SearchLimits(
      this.deadline,
      options.maxBankBytes ?? DEFAULT_MAX_BANK_BYTES,
      options.cancellation,
    );
    this.returnKey = typeKey(task.returnType);
    const outputs = task.examples.map((ex) => ex.output);
    const distinct = [...new Set(outputs)];
    const primitive = task.returnType.kind === "number" || task.returnType.kind === "string";
    const times = (v: Value) => outputs.filter((o) => o === v).length;
    const enough = outputs.length >= MIN_EXAMPLES_TO_READ_OFF;
    this.choice =
      enough && primitive && distinct.length === 2 && times(distinct[0]) >= 2 && times(distinct[1]) >= 2
        ? { yes: distinct[0], no: distinct[1], truth: outputs.map((o) => o === distinct[0]) }
        : undefined;
    const booleans = task.returnType.kind === "boolean" ? (outputs as boolean[]) : undefined;
    const truth = booleans ?? this.choice?.truth;
    const bothSides = truth !== undefined && truth.filter((t) => t).length >= 2 && truth.filter((t) => !t).length >= 2;
    this.thresholdTruth = enough && bothSides ? truth : undefined;
    this.intervalTruth = options.wholeTask && !enough && bothSides && booleans !== undefined ? truth : undefined;
    this.offsetTargets =
      enough && task.returnType.kind === "number" && outputs.every((o) => Number.isInteger(o)) && distinct.length > 1
        ? (outputs as number[])
        : undefined;
    this.zeroOutputs = this.offsetTargets?.some((t) => t === 0) ? Uint8Array.from(this.offsetTargets, (t) => (t === 0 ? 1 : 0)) : undefined;
    this.assembler = PieceAssembler.forTask(task, this.labeled);

    const universe = typeUniverse(task);
    const listed = instantiateOperators(universe, options.library ? [...OPERATORS, ...options.library] : OPERATORS, task.words);
    // Within a level the first program of a behaviour is the one kept: the plainest operators go first.
    const instances = [...listed.filter((i) => i.op.plainest), ...listed.filter((i) => !i.op.plainest)];
    // Only a whole-task program pays for them (see wholeTaskPenalty).
    this.askedIdioms = options.wholeTask ? idiomsAskedFor(instances, task.words ?? [], task.params.map((p) => p.type)) : new Set();
    const constants = constantLeaves(task, universe);
    for (const leaf of constants) if (leaf.program.kind === "const") this.literalCosts.set(literalKey(leaf.program), leaf.cost);
    const paramLeaves: Leaf[] = task.params.map((p, i) => ({ program: param(i, p.type), cost: 1 }));
    const firstOrder = instances.filter((i) => i.params.every((p) => p.kind !== "function"));

    this.main = new Enumerator(
      this.domain,
      instances,
      [...paramLeaves, ...constants],
      costOf,
      this.limits,
      (key, entry, replaced) => this.onAdd(key, entry, replaced),
      (params) => {
        const domain = this.lambdaDomain(params);
        if (domain.inputs.length === 0) return undefined;
        const varLeaves: Leaf[] = params.map((t, i) => ({ program: lambdaVar(i, t), cost: 1 }));
        return new Enumerator(domain, firstOrder, [...varLeaves, ...paramLeaves, ...constants], costOf, this.limits, undefined, undefined, learned);
      },
      learned,
    );
  }

  /**
   * Narrows what is left of the search to programs cheaper than `cost` (one of that cost is in
   * hand), found by `time` at the latest.
   */
  lookBelow(cost: number, time: number): void {
    this.levelCap = Math.min(this.levelCap, cost);
    this.deadline = Math.min(this.deadline, time);
  }

  /**
   * Lets a quick first phase go on as the full search would, to `deadline` and with the
   * conditionals it would build: where Probe's update changes no cost, a new search would only
   * enumerate again the levels this one has.
   */
  goOnUntil(deadline: number, conditionals: SearchOptions["conditionals"]): void {
    this.options = { ...this.options, conditionals, timeoutMs: deadline - this.started };
    this.deadline = deadline;
    this.over = false;
  }

  /** Moves the search's deadline later by `ms` (time it stood aside for other work). */
  postpone(ms: number): void {
    this.deadline += ms;
  }

  /**
   * A solution's cost as far as stopping is concerned: for the whole task, one that never reads a
   * parameter counts as dearer, so cheaper programs that read them all are still looked for.
   */
  stoppingCost(s: Solution): number {
    return s.cost + this.wholeTaskPenalty(s.program);
  }

  /** The lowest stopping cost of the solutions that are not fallbacks; Infinity where there are none. */
  cheapestSettled(solutions: readonly Solution[]): number {
    let cheapest = Infinity;
    for (const s of solutions) if (!s.fallback) cheapest = Math.min(cheapest, this.stoppingCost(s));
    return cheapest;
  }

  /**
   * What a whole-task program pays for signs that it fits by accident: declared parameters it
   * never reads, lookups of its items' own positions, lengths of text cut at a fixed place or
   * doubled, arithmetic on where text was found, idioms the task's words ask for that it never
   * uses (nothing for a sub-task, whose lambda rarely reads every parameter).
   */
  wholeTaskPenalty(p: Program): number {
    if (!this.options.wholeTask) return 0;
    const unread =
      UNREAD_PARAMETER_PENALTY * (unreadParameters(p, this.task.params.length) + ownPositionLookups(p) + lengthsOfCutText(p)) +
      FOUND_PLACE_ARITHMETIC_PENALTY * foundPlaceArithmetic(p);
    if (this.askedIdioms.size === 0) return unread;
    const used = operatorsOf(p);
    let unused = 0;
    for (const name of this.askedIdioms) {
      if (name === COMPARISON ? !COMPARISON_OPERATORS.some((op) => used.has(op)) : !used.has(name)) unused++;
    }
    return unread + UNUSED_IDIOM_PENALTY * unused;
  }

  /** Whether some program fits every example. */
  get solved(): boolean {
    return this.solutions.length > 0;
  }

  run(): Solution[] {
    this.advance(Infinity);
    return this.solutions;
  }

  /**
   * Runs the search on, level by level, until it is over or until `until` (a turn's end, when it
   * takes turns with another search). True when it is over: its deadline passed, it was cancelled
   * or out of memory, or it found what it was looking for.
   */
  advance(until: number): boolean {
    if (this.over) return true;
    this.turnStarted = Date.now();
    if (!this.linesOffered) this.offerLines();
    try {
      return this.advanceLevels(until);
    } finally {
      this.busyMs += Date.now() - this.turnStarted;
    }
  }

  private advanceLevels(until: number): boolean {
    const { limits } = this;
    for (; this.nextLevel < this.levelCap; this.nextLevel++) {
      limits.resume(Math.min(until, this.deadline));
      // A program the enumeration finds is the cheapest of its level; the search completes the
      // next level, for alternatives, with no earlier deadline.
      const finished = this.main.growTo(this.nextLevel);
      if (!finished) {
        // Stopped by the turn's end, not its own deadline: the level is taken up again next turn.
        if (limits.stopped === "timeout" && Date.now() < this.deadline && until < this.deadline) return false;
        break;
      }
      // Assembling and conditionals are not interrupted by a turn's end, only by the deadline.
      limits.resume(this.deadline);
      const level = this.nextLevel;
      if (this.assembler?.changed && level >= 6) {
        const assembled = this.assemble(6);
        if (assembled) this.found(assembled);
      }
      if (this.solutions.length > 0) {
        // Assembled and conditional programs can cost more than the level they appear at:
        // plain programs up to one level past the cheapest solution get their chance.
        const cheapest = Math.min(...this.solutions.map((s) => this.stoppingCost(s)));
        const enough = this.solutions.length > (this.options.alternatives ?? 2);
        if (level >= cheapest + 1 || (enough && level >= cheapest)) break;
        // Programs two others met at leave conditionals their chance; so do assembled ones, which
        // can be pieces cut to fit ("s" + word sliced by the count, for a plural).
        if (this.solutions.some((s) => !s.fallback && !s.assembled)) continue;
      }
      // Conditionals fit anything given enough cases, so they wait until plain programs had a fair chance.
      const elapsed = Date.now() - this.started;
      const patient = this.options.conditionals === "late" ? elapsed > LATE_CONDITIONALS_SHARE * this.options.timeoutMs : level >= 10 || elapsed > 0.3 * this.options.timeoutMs;
      // A task that says its cases gets a conditional on one condition at once; nested ones wait
      // too, or two accidental tests beat the one that is meant (TRUE when text contains other,
      // ignoring case: `startsWith(text, "T") ? ... : startsWith(other, "S") ? ...`).
      const depth = this.options.conditionals === "single" ? 1 : patient ? 2 : this.saysCases ? 1 : 0;
      if (depth > 0 && (this.partialsChanged || depth > this.conditionalDepth) && this.options.conditionals !== false) {
        this.partialsChanged = false;
        this.conditionalDepth = depth;
        const conditional = this.buildConditional(depth);
        if (conditional) this.found(conditional);
      }
    }
    this.over = true;
    return true;
  }

  /**
   * Keeps a program built outside the enumeration. An assembled or conditional one brings the
   * deadline forward; with a fallback the search goes on as if nothing were found, and stops
   * only at a level past its cost.
   */
  private found(s: Solution): void {
    if (this.solutions.some((t) => programKey(t.program) === programKey(s.program))) return;
    this.solutions.push(s);
    if (!s.fallback && !this.extended) this.onFirstSolution();
  }

  /**
   * Once an assembled or conditional program fits, the search goes on a little, for cheaper
   * programs and alternatives.
   */
  private onFirstSolution(): void {
    this.extended = true;
    // Its own time: in turns with another search, the other's turns are not this one's effort.
    const spent = this.busyMs + Date.now() - this.turnStarted;
    this.deadline = Math.min(this.deadline, Date.now() + searchOnMs(spent));
    this.limits.deadline = Math.min(this.limits.deadline, this.deadline);
  }

  /**
   * Probe's just-in-time update: operators used by a partial solution become likelier in
   * proportion to how many examples it fits (p <- p^(1 - fit), so cost <- cost * (1 - fit)).
   * Answers the best fit per operator name; `learnedCost` applies it to an instance.
   */
  learnedFits(): Map<string, number> {
    const best = new Map<string, number>();
    // One or two numbers are met by accident: of four factorials, 3 -> 6 and 4 -> 24 by
    // n * (n - 1) * (n - 2), which made arithmetic so cheap that the product of a range was out
    // of reach. Two strings met are evidence (toUpperCase, for a test that ignores case).
    const kind = this.task.returnType.kind;
    const fewest = kind === "number" || kind === "boolean" ? MIN_NUMBERS_FOR_UPDATE : 1;
    for (const { entry, mask } of this.partials.values()) {
      let fit = 0;
      for (const m of mask) fit += m;
      if (fit < fewest) continue;
      fit /= mask.length;
      for (const name of operatorsOf(entry.program).keys()) best.set(name, Math.max(best.get(name) ?? 0, fit));
    }
    return best;
  }

  /** A new kept program, or a kept one whose program was replaced by one of lower rank (already offered as a piece). */
  private onAdd(key: string, entry: Entry, replaced: boolean): void {
    if (!replaced) this.assembler?.offer(key, entry);
    if (key === BOOLEAN_KEY && !replaced && this.conditionsSeen++ < MAX_CONDITIONS) this.partialsChanged = true;
    if (key === BOOLEAN_KEY && this.choice && !replaced) this.offerChoice(entry);
    if (key === NUMBER_KEY && this.thresholdTruth && !replaced) this.offerThreshold(entry);
    else if (key === NUMBER_KEY && this.intervalTruth && !replaced && entry.program.kind === "param") this.offerInterval(entry, this.intervalTruth);
    if (key !== this.returnKey) return;
    const { examples } = this.task;
    let matches = 0;
    const mask = new Uint8Array(this.labeled);
    for (let e = 0; e < this.labeled; e++) {
      const v = entry.values[e];
      if (v === examples[e].output || (typeof v === "object" && valuesEqual(v as Value, examples[e].output))) {
        mask[e] = 1;
        matches++;
      }
    }
    if (matches === this.labeled) {
      this.solutions.push({ program: entry.program, cost: entry.cost, values: entry.values });
      if (this.options.wholeTask) this.main.watch(entry, this.foundAgain);
      return;
    }
    if (this.offsetTargets) {
      this.offerOffset(entry);
      this.offerPair(entry);
    }
    if (matches === 0) return;
    const maskKey = mask.join("");
    const kept = this.partials.get(maskKey);
    if (!kept || this.rank(entry) < this.rank(kept.entry)) {
      this.partials.set(maskKey, { entry, mask });
      this.partialsChanged = true;
    }
  }

  /** The best ranking score among the programs found for each solution kept (see foundAgain). */
  private readonly bestFoundAgain = new Map<Entry, number>();

  /**
   * A program that behaves as a kept solution does on every input of the domain, found later at a
   * higher cost: observational equivalence drops it from the bank, but it is still a solution, and
   * it may rank above the kept one, whose low cost came with signs of an accident.
   * `members.length - 1` fits two counts of members with a role and never reads the role;
   * `members.filter((m) => m.role === role).length` behaves alike on the inputs the search made up.
   * Only one that ranks above every program of its behaviour so far is kept.
   */
  private readonly foundAgain = (kept: Entry, build: () => Program, level: number): void => {
    const program = build();
    const best = this.bestFoundAgain.get(kept) ?? this.rankingScore(kept.program);
    const ranked = this.rankingScore(program);
    if (ranked >= best) return;
    this.bestFoundAgain.set(kept, ranked);
    this.solutions.push({ program, cost: level, values: kept.values });
  };

  /** Where a program ranks among solutions: its score (see `score`) and what it pays as a whole-task program. */
  private rankingScore(program: Program): number {
    return score(program, this.leafCost, this.rankingOpCost) + this.wholeTaskPenalty(program);
  }

  /**
   * A number task's outputs, when they may be reached by adding a constant to a kept program or
   * subtracting one from a constant: `99 - x`, `Math.floor(x / 4) + 5`. The constant is read off
   * the examples instead of being built (99 is far dearer than 9 to enumerate). Only with enough
   * examples that do not all give the same output: an offset every example agrees on is then no
   * accident.
   */
  private readonly offsetTargets: readonly number[] | undefined;

  /**
   * The two outputs of a task whose many examples give one of two numbers or strings, each at
   * least twice (`x % 3 === 0 ? 1 : 0`): a kept condition that tells them apart is then a
   * program. The search never builds conditionals itself, and assembling one from partial
   * solutions waits for plain programs to have had their chance.
   */
  private readonly choice: { readonly yes: Value; readonly no: Value; readonly truth: readonly boolean[] } | undefined;

  /** Offers `condition ? yes : no` (or the other way round) when a kept condition is true exactly where the output is `yes`. */
  private offerChoice(entry: Entry): void {
    const { yes, no, truth } = this.choice!;
    const { values } = entry;
    let same = true;
    let opposite = true;
    for (let e = 0; e < truth.length && (same || opposite); e++) {
      if (values[e] !== truth[e]) same = false;
      if (values[e] !== !truth[e]) opposite = false;
    }
    if (!same && !opposite) return;
    const ifOp = OPERATOR_BY_NAME.get("if")!;
    const type = this.task.returnType;
    const [a, b] = same ? [yes, no] : [no, yes];
    const program = apply(ifOp, { params: [BOOLEAN, type, type], result: type }, [entry.program, constant(a, type), constant(b, type)]);
    const out = values.map((v) => (v === true ? a : v === false ? b : ERR));
    this.found({ program, cost: entry.cost + ifOp.cost + 2 * OFFSET_LITERAL_COST, values: out });
  }

  /**
   * The examples' truth, for a boolean task or a choice between two outputs, when there are enough
   * examples of each side: a kept number program whose values put one side above the other then
   * gives a comparison with a threshold read off the examples (`x >= 50` keeps the scores of 50 and
   * up), which the search could not build from its small literals.
   */
  private readonly thresholdTruth: readonly boolean[] | undefined;
  /**
   * The same for a whole boolean task of fewer examples, for intervals over a parameter alone: a
   * parameter whose true examples lie between false ones on both sides is a range check (`age >=
   * 13 && age <= 19`), which literals of the inputs make too dear to beat `age % 3 === 1`. Not in
   * a deduced sub-task: a filter's items fit a range by accident (`x >= 7 && x <= 11` for x % 3 > 0).
   */
  private readonly intervalTruth: readonly boolean[] | undefined;

  /** Offers `program >= c` (or `>`, `<`, `<=`) when a round `c` puts the true examples on one side. */
  private offerThreshold(entry: Entry): void {
    // Only what a person compares with a bound: an input, or one operator on inputs alone (its
    // length, a field, the sum). Any program that happens to order the examples fits too, and
    // then says nothing (`x * (x - 20) >= 0` for the multiples of 5 among small numbers).
    const p = entry.program;
    if (p.kind !== "param" && !(p.kind === "apply" && p.args.every((a) => a.kind === "param"))) return;
    const truth = this.thresholdTruth!;
    const { values } = entry;
    let trueLow = Infinity;
    let trueHigh = -Infinity;
    let falseLow = Infinity;
    let falseHigh = -Infinity;
    for (let e = 0; e < truth.length; e++) {
      const v = values[e];
      if (typeof v !== "number" || !Number.isInteger(v)) return;
      if (truth[e]) {
        trueLow = Math.min(trueLow, v);
        trueHigh = Math.max(trueHigh, v);
      } else {
        falseLow = Math.min(falseLow, v);
        falseHigh = Math.max(falseHigh, v);
      }
    }
    // One value on a side is an equality, which the search builds itself (`x % 2 === 0`, not `x % 2 < 1`).
    if (trueLow === trueHigh || falseLow === falseHigh) return;
    const comparison = thresholdBetween(falseHigh, trueLow) ?? thresholdBetween(trueHigh, falseLow, true);
    if (!comparison) {
      if (this.options.wholeTask && falseLow < trueLow && falseHigh > trueHigh) this.offerInterval(entry, truth);
      return;
    }
    const op = OPERATOR_BY_NAME.get(comparison.orEqual ? "lessOrEqual" : "lessThan")!;
    const bound = comparison.value;
    // Above the threshold: `c < p`; below it: `p < c`.
    const args = comparison.below ? [entry.program, constant(bound, NUMBER)] : [constant(bound, NUMBER), entry.program];
    const program = apply(op, { params: [NUMBER, NUMBER], result: BOOLEAN }, args);
    const tested = values.map((v) => (typeof v !== "number" ? ERR : comparison.below ? op.semantics(v, bound, undefined) : op.semantics(bound, v, undefined)));
    const test = { program, cost: entry.cost + op.cost + OFFSET_LITERAL_COST, rank: entry.rank, values: tested };
    // A choice between two outputs is that test's `cond ? a : b`.
    if (this.task.returnType.kind === "boolean") this.found(test);
    else this.offerChoice(test);
  }

  /**
   * Offers `program >= c && program <= d` when the true examples' values lie between false ones
   * on both sides: `age >= 13 && age <= 19` for a teenager. Each end is the roundest whole number
   * in its gap, included (a person writes the first and the last value that pass).
   */
  private offerInterval(entry: Entry, truth: readonly boolean[]): void {
    let low = Infinity;
    let high = -Infinity;
    for (let e = 0; e < truth.length; e++) {
      const v = entry.values[e];
      if (typeof v !== "number" || !Number.isInteger(v)) return;
      if (truth[e]) (low = Math.min(low, v)), (high = Math.max(high, v));
    }
    if (!(low < high)) return;
    let below = -Infinity;
    let above = Infinity;
    for (let e = 0; e < truth.length; e++) {
      if (truth[e]) continue;
      const v = entry.values[e] as number;
      if (v < low) below = Math.max(below, v);
      else if (v > high) above = Math.min(above, v);
      else return;
    }
    const from = thresholdBetween(below, low);
    const to = thresholdBetween(high, above, true);
    if (!from || !to) return;
    // Whole numbers only, so `x > c` is `x >= c + 1`.
    const first = from.orEqual ? from.value : from.value + 1;
    const last = to.orEqual ? to.value : to.value - 1;
    const between = OPERATOR_BY_NAME.get("between")!;
    const program = apply(between, { params: [NUMBER, NUMBER, NUMBER], result: BOOLEAN }, [entry.program, constant(first, NUMBER), constant(last, NUMBER)]);
    const values = entry.values.map((v) => (typeof v !== "number" ? ERR : first <= v && v <= last));
    const test = { program, cost: entry.cost + between.cost + 2 * OFFSET_LITERAL_COST, rank: entry.rank, values };
    if (this.task.returnType.kind === "boolean") this.found(test);
    else this.offerChoice(test);
  }

  /** Offers `program + c` or `c - program` when every example's output is that far from the program's. */
  private offerOffset(entry: Entry): void {
    const targets = this.offsetTargets!;
    const { values } = entry;
    const first = values[0];
    if (typeof first !== "number") return;
    const difference = targets[0] - first;
    const total = targets[0] + first;
    let shifted = Number.isInteger(difference) && difference !== 0;
    let mirrored = Number.isInteger(total);
    for (let e = 1; e < targets.length && (shifted || mirrored); e++) {
      const v = values[e];
      if (typeof v !== "number") return;
      if (targets[e] - v !== difference) shifted = false;
      if (targets[e] + v !== total) mirrored = false;
    }
    if (!shifted && !mirrored) return;
    const op = OPERATOR_BY_NAME.get(shifted && difference > 0 ? "add" : "sub")!;
    const c = constant(shifted ? Math.abs(difference) : total, NUMBER);
    const program = apply(op, NUMBER_BINARY, shifted ? [entry.program, c] : [c, entry.program]);
    const out = values.map((v) => (typeof v !== "number" ? ERR : shifted ? v + difference : total - v));
    this.found({ program, cost: entry.cost + op.cost + OFFSET_LITERAL_COST, values: out });
  }

  private linesOffered = false;

  /** Offers the lines through the examples over each number parameter (`c * 9 / 5 + 32`) and their weighted sums, once. */
  private offerLines(): void {
    this.linesOffered = true;
    for (const program of [...linearFits(this.task), ...weightedSums(this.task)]) {
      const s = this.checked(program, handCost(program));
      if (s) this.found(s);
    }
  }

  /** Kept number programs by a hash of their outputs on the examples (the first, cheapest, of each), for `offerPair`. */
  private readonly byOutputs = new Map<number, Entry>();
  /** The same by their outputs on the examples whose output is not 0, when some output is 0. */
  private readonly byNonzeroOutputs = new Map<number, Entry>();
  /** Which examples' output is 0, for products (undefined when none is). */
  private readonly zeroOutputs: Uint8Array | undefined;
  /** How many fallbacks `offerPair` kept, and the cost of the cheapest. */
  private fallbacksKept = 0;
  private cheapestFallback = Infinity;

  /**
   * Offers `a + b`, `a - b`, `b - a` or `a * b` when a kept number program `b` gives, on every
   * example, what the new program `a` needs to reach the output: the output minus a, and so on.
   * Two programs that meet this way are found at the level of the dearer one, not at their sum's
   * (`Math.floor(x / 10) * (x % 10)`, the product of a number's digits, is dearer than a search
   * of its sub-task reaches in a second). Only with the many examples offsets need: with few, some
   * kept program fits what is needed by accident.
   */
  private offerPair(entry: Entry): void {
    const targets = this.offsetTargets!;
    const a = entry.values;
    const n = targets.length;
    for (let e = 0; e < n; e++) if (typeof a[e] !== "number") return;
    const zeros = this.zeroOutputs;
    for (const pair of PAIRS) {
      // Where the output is 0, a product needs only one factor to be 0: those examples are left
      // out of the lookup (by the outputs elsewhere) and checked after it.
      const loose = pair.op.name === "mul" && zeros !== undefined;
      const needed = (e: number) => pair.partner(targets[e], a[e] as number);
      let hash = 0;
      let possible = true;
      for (let e = 0; e < n && possible; e++) {
        if (loose && zeros[e]) continue;
        const need = needed(e);
        if (!Number.isInteger(need)) possible = false;
        else hash = mixHash(hash, need);
      }
      if (!possible) continue;
      const b = (loose ? this.byNonzeroOutputs : this.byOutputs).get(hash);
      if (!b) continue;
      let fits = true;
      for (let e = 0; e < n && fits; e++) {
        if (loose && zeros[e]) fits = a[e] === 0 || b.values[e] === 0;
        else fits = b.values[e] === needed(e);
      }
      if (!fits) continue;
      const { op } = pair;
      // Where many programs meet (the output is a sum of common values), only a few and then
      // cheaper ones are kept: each is checked against every solution kept before it.
      const cost = entry.cost + b.cost + op.cost;
      if (this.fallbacksKept >= MAX_FALLBACKS && cost >= this.cheapestFallback) continue;
      this.fallbacksKept++;
      this.cheapestFallback = Math.min(this.cheapestFallback, cost);
      const [left, right] = pair.newFirst ? [entry, b] : [b, entry];
      const program = apply(op, NUMBER_BINARY, [left.program, right.program]);
      const values = left.values.map((x, e) => {
        const y = right.values[e];
        return x === ERR || y === ERR ? ERR : op.semantics(x, y, undefined);
      });
      // The plain programs of the levels between keep their chance: two programs that meet
      // are often an odd way to write what a cheaper one says (x % 4 + Math.min(1, 4 - x) for
      // (x + 1) % 5), and a program in hand would otherwise cut the search short.
      this.found({ program, cost, values, fallback: true });
    }
    let hash = 0;
    let nonzeroHash = 0;
    for (let e = 0; e < n; e++) {
      hash = mixHash(hash, a[e] as number);
      if (zeros && !zeros[e]) nonzeroHash = mixHash(nonzeroHash, a[e] as number);
    }
    if (!this.byOutputs.has(hash)) this.byOutputs.set(hash, entry);
    if (zeros && !this.byNonzeroOutputs.has(nonzeroHash)) this.byNonzeroOutputs.set(nonzeroHash, entry);
  }

  /**
   * A program built outside the enumeration (assembled, conditional, deduced), run on the whole
   * domain; undefined unless it fits every example.
   */
  checked(program: Program, cost: number): Solution | undefined {
    const values = this.domain.inputs.map((inputs) => {
      const r = runProgram(program, inputs);
      return r.ok ? r.value : ERR;
    });
    for (let e = 0; e < this.labeled; e++) {
      if (values[e] === ERR || !valuesEqual(values[e] as Value, this.task.examples[e].output)) return undefined;
    }
    return { program, cost, values };
  }

  /** The cheapest assembly of pieces, with its outputs on the whole domain. */
  private assemble(maxParts: number): Solution | undefined {
    const found = this.assembler?.assemble(maxParts, () => this.limits.stopped !== "", this.rank);
    const solution = found && this.checked(found.program, found.cost);
    return solution && { ...solution, assembled: true };
  }

  /**
   * Builds `if (p) a else b` (nested to `depth`, at most twice) from programs that each fit a
   * subset of the examples and boolean programs that separate those subsets.
   */
  private buildConditional(depth: number): Solution | undefined {
    const terms = [...this.partials.values()].sort((a, b) => this.rank(a.entry) - this.rank(b.entry) || a.entry.cost - b.entry.cost).slice(0, 400);
    const bools: { entry: Entry; truth: Uint8Array }[] = [];
    const boolBank = this.main.bank.banks.get(typeKey(BOOLEAN));
    if (!boolBank) return undefined;
    for (const level of boolBank.levels) {
      if (!level) continue;
      for (const entry of level) {
        const truth = new Uint8Array(this.labeled);
        for (let e = 0; e < this.labeled; e++) truth[e] = entry.values[e] === true ? 1 : 0;
        bools.push({ entry, truth });
        if (bools.length >= MAX_CONDITIONS) break;
      }
      if (bools.length >= MAX_CONDITIONS) break;
    }
    const all = new Uint8Array(this.labeled).fill(1);
    const covers = (mask: Uint8Array, goal: Uint8Array) => {
      for (let e = 0; e < goal.length; e++) if (goal[e] && !mask[e]) return false;
      return true;
    };
    const fewNumberExamples = this.task.returnType.kind === "number" && this.labeled < MIN_EXAMPLES_TO_READ_OFF;
    const kinds = outputKinds(this.task).length > 0;
    // Different conditions often split the examples alike: each goal is settled once.
    const coveringMemo = new Map<string, (typeof terms)[number] | undefined>();
    const cheapestCovering = (goal: Uint8Array) => {
      const key = goal.join("");
      if (coveringMemo.has(key)) return coveringMemo.get(key);
      // Two numbers are met by countless programs of a few steps (n * (n - 1) * (n - 2) for
      // 3 -> 6 and 4 -> 24): with few examples, where any condition splits them, a number case
      // resting on two must be about as plain as a line through them. With many, the condition
      // that sets two apart from the rest is evidence of its own; two strings or lists are rarely
      // met by accident ("Mr. " and the last name, for two men).
      let examples = 0;
      for (let e = 0; e < goal.length; e++) examples += goal[e];
      // A case resting on one example may only hand an input back unchanged ("Hi" stays "Hi"
      // when it is already short enough): anything else there merely lists that example.
      // So may a literal where the outputs are a few texts of their own: the task sorts its
      // inputs into kinds (`n < 0 ? "negative" : "positive"`), and a user shows the rarer kind once.
      const allowed = (p: Program) =>
        examples === 1 ? p.kind === "param" || (kinds && p.kind === "const") : examples > 2 || !fewNumberExamples || isOneStep(p);
      const found = terms.find((t) => covers(t.mask, goal) && allowed(t.entry.program));
      coveringMemo.set(key, found);
      return found;
    };
    const ifOp = OPERATOR_BY_NAME.get("if")!;
    const type = this.task.returnType;
    // Cases are chosen by ranking cost; `cost` is the search's own, for when to stop.
    const makeIf = (cond: Entry, a: Built, b: Built): Built => ({
      program: apply(ifOp, { params: [BOOLEAN, type, type], result: type }, [cond.program, a.program, b.program]),
      rank: this.rank(cond) + a.rank + b.rank + ifOp.cost,
      cost: cond.cost + a.cost + b.cost + ifOp.cost,
    });
    type Built = { program: Program; rank: number; cost: number };
    const term = (entry: Entry): Built => ({ program: entry.program, rank: this.rank(entry), cost: entry.cost });
    const decided = new Map<string, Built | undefined>();
    const decide = (goal: Uint8Array, depth: number): Built | undefined => {
      const whole = cheapestCovering(goal);
      if (whole) return term(whole.entry);
      if (depth === 0) return undefined;
      const key = `${depth}:${goal.join("")}`;
      if (decided.has(key)) return decided.get(key);
      const best = splitCases(goal, depth);
      // An answer cut short by the deadline is not remembered: it may not be the cheapest.
      if (!this.limits.stopped) decided.set(key, best);
      return best;
    };
    const splitCases = (goal: Uint8Array, depth: number): Built | undefined => {
      let best: Built | undefined;
      for (const b of bools) {
        // The clock is read here too: nothing else does while conditionals are built.
        if (!this.limits.tick(0)) return best;
        const yes = new Uint8Array(goal.length);
        const no = new Uint8Array(goal.length);
        let nYes = 0;
        let nNo = 0;
        for (let e = 0; e < goal.length; e++) {
          if (!goal[e]) continue;
          if (b.truth[e]) (yes[e] = 1), nYes++;
          else (no[e] = 1), nNo++;
        }
        // Each case must rest on at least two examples, or the conditional merely lists them; one
        // case may rest on a single example where it returns an input as it is (see cheapestCovering).
        // A boolean parameter is the exception: its two values are every case there is (`flag ? "yes" : "no"`).
        if ((nYes + nNo < 3 && b.entry.program.kind !== "param") || nYes < 1 || nNo < 1) continue;
        const thenTerm = cheapestCovering(yes);
        if (thenTerm) {
          const rest = decide(no, depth - 1);
          if (rest) {
            const c = makeIf(b.entry, term(thenTerm.entry), rest);
            if (!best || c.rank < best.rank) best = c;
          }
        }
        const elseTerm = cheapestCovering(no);
        if (elseTerm && depth > 1) {
          const first = decide(yes, depth - 1);
          if (first) {
            const c = makeIf(b.entry, first, term(elseTerm.entry));
            if (!best || c.rank < best.rank) best = c;
          }
        }
      }
      return best;
    };
    // One condition first, over every condition, then nested ones: a search cut short by its
    // deadline keeps the plain `x % 2 === 0 ? x * 3 : x` rather than one wrapped in a needless case.
    const built = decide(all, 1) ?? (depth > 1 ? decide(all, 2) : undefined);
    if (!built) return undefined;
    return this.checked(built.program, built.cost);
  }

  /** Sample arguments for a lambda's variables, drawn from the values the examples hold. */
  private lambdaDomain(params: readonly Type[]): Domain {
    const inputs: (readonly Value[])[] = [];
    const vars: (readonly Value[])[] = [];
    const examples = this.task.examples.slice(0, LAMBDA_EXAMPLES);
    examples.forEach((ex, e) => {
      const pools = params.map((t) => samplesOfType(t, [...ex.inputs, ex.output]));
      if (pools.some((p) => p.length === 0)) return;
      const tuples: Value[][] = [];
      if (params.length === 1) for (const v of pools[0]) tuples.push([v]);
      else for (const a of pools[0]) for (const b of pools[1]) tuples.push([a, b]);
      for (const t of spread(tuples, LAMBDA_SAMPLES_PER_EXAMPLE)) {
        inputs.push(this.domain.inputs[e]);
        vars.push(t);
      }
    });
    return { inputs, vars, labeled: 0 };
  }

  /** Operators' costs in the ranking, with the discount for those the task's words name. */
  private readonly rankingOpCost: (op: Operator) => number;

  /** A literal's cost as the search offered it (2 for one it did not offer). */
  private readonly leafCost = (p: Program & { kind: "const" }): number => this.literalCosts.get(literalKey(p)) ?? 2;

  result(solutions: Solution[], ms: number): SynthesisResult {
    const stats = { programsKept: this.main.bank.count, programsTried: this.limits.tried, maxCost: this.main.level };
    const status = solutions.length > 0 ? "solved" : this.limits.stopped === "cancelled" ? "cancelled" : "unsolved";
    const forms = wordForms(this.task.words ?? []);
    const scores = new Map(solutions.map((s) => [s, this.rankingScore(s.program)]));
    // On a tie, the program that uses more of the operators the task's words name is meant
    // (`count(chars(text), isVowel)` for countVowels, not `text.slice(3, 8).length`); then the smaller.
    const said = new Map(solutions.map((s) => [s, namedOperators(s.program, forms)]));
    // Then the one with rounder numbers, as a person picks a bound (`price < 10` over `price < 6`
    // where the cheap items cost 5 and less and the others 20 and more).
    const ranked = [...solutions].sort(
      (a, b) =>
        scores.get(a)! - scores.get(b)! ||
        said.get(b)! - said.get(a)! ||
        roundNumbers(b.program) - roundNumbers(a.program) ||
        programSize(a.program) - programSize(b.program),
    );
    // Programs that differ only in how they group (a + (b + c) and (a + b) + c) print alike: one is offered.
    const offered: { solution: Solution; candidate: Candidate }[] = [];
    for (const s of ranked) {
      if (offered.length > (this.options.alternatives ?? 2)) break;
      const c = this.candidate(s, scores.get(s)!);
      if (!offered.some(({ candidate: o }) => o.code.typescript === c.code.typescript && o.code.python === c.code.python)) offered.push({ solution: s, candidate: c });
    }
    const candidates = offered.map((o) => o.candidate);
    const question = offered.length >= 2 ? this.disagreement(offered[0].solution, offered[1].solution) : undefined;
    return { status, best: candidates[0], alternatives: candidates.slice(1), question, ms, stats };
  }

  /** An input, beyond the examples, on which two solutions give different outputs. */
  private disagreement(a: Solution, b: Solution): Value[] | undefined {
    for (let e = this.labeled; e < this.domain.inputs.length; e++) {
      const x = a.values[e];
      const y = b.values[e];
      if (x === ERR || y === ERR) continue;
      if (!valuesEqual(x as Value, y as Value)) return [...this.domain.inputs[e]];
    }
    return undefined;
  }

  private candidate(s: Solution, score: number): Candidate {
    const { task } = this;
    const names = task.params.map((p) => p.name);
    const { code, returns, pythonImports } = emitProgram(task.name, task.params, task.returnType, s.program);
    return {
      expression: showProgram(s.program, names),
      program: s.program,
      cost: score,
      code,
      returns,
      pythonImports,
      run: (inputs) => runProgram(s.program, inputs),
    };
  }
}

/** Operators whose second argument is a pattern looked for in the first. */
const SELF_PATTERN_OPERATORS = new Set(["replace", "replaceAll"]);
/**
 * What a replacement pays when its pattern is cut out of the very text it replaces in
 * (`s.replaceAll(s.slice(2, 4), "/")`): that works only where the cut text occurs once, so it fits
 * examples by accident (a date whose day and month are equal comes out wrong). It must outweigh
 * the pieces it saves: two slices and a join cost about 5 more.
 */
const SELF_PATTERN_PENALTY = 8;

/**
 * What a program pays for cutting text with a literal glued on at a computed place
 * (`(text + "...").slice(Math.max(max, text.length))`): how much of the literal is kept then
 * hangs on arithmetic of lengths, a condition in disguise that the examples seldom test at its
 * edge (a text exactly `max` long). Spelled as the condition it is, the program costs about 3 more.
 */
const CUT_LITERAL_PENALTY = 4;

/**
 * What a program pays for arithmetic on where text was found, other than a literal step to a
 * place it then cuts at (`s.slice(s.indexOf("@") + 1)`): the -1 of text not found turns a test
 * into a number that fits a few examples by accident (`item.qty + name.indexOf(item.name)` for the
 * quantities of the items so named, `2 - text.indexOf(" ")` for a count of digits).
 */
const FOUND_PLACE_ARITHMETIC_PENALTY = 4;
const FOUND_PLACE_OPERATORS = new Set(["indexOf", "indexOfFrom", "lastIndexOf"]);
const ARITHMETIC_OPERATORS = new Set(["add", "sub", "mul", "intDiv", "mod", "quotient", "min", "max"]);
/** Operators whose arguments after the first are places in it. */
const PLACE_TAKING_OPERATORS = new Set(["slice", "sliceFrom", "charAt", "indexOfFrom", "take", "drop", "at", "listSlice", "removeAt", "insertAt", "setAt"]);

/** How many times the program does arithmetic on a found place (see FOUND_PLACE_ARITHMETIC_PENALTY). */
export function foundPlaceArithmetic(p: Program, asPlace = false): number {
  if (p.kind === "lambda") return foundPlaceArithmetic(p.body);
  if (p.kind !== "apply") return 0;
  let n = 0;
  if (ARITHMETIC_OPERATORS.has(p.op.name)) {
    const found = p.args.filter((a) => a.kind === "apply" && FOUND_PLACE_OPERATORS.has(a.op.name)).length;
    const steps = p.args.every((a) => a.kind === "const" || (a.kind === "apply" && FOUND_PLACE_OPERATORS.has(a.op.name)));
    if (found > 0 && !(asPlace && steps)) n++;
  }
  const placeTaking = PLACE_TAKING_OPERATORS.has(p.op.name);
  return p.args.reduce((sum, a, i) => sum + foundPlaceArithmetic(a, placeTaking && i > 0), n);
}

/** Whether `p` slices a concatenation that has a literal side, at a place that is not a literal. */
function cutsIntoLiteral(p: Program & { kind: "apply" }): boolean {
  if (p.op.name !== "slice" && p.op.name !== "sliceFrom") return false;
  const [text, ...places] = p.args;
  const glued = text.kind === "apply" && text.op.name === "concat" && text.args.some((a) => a.kind === "const");
  return glued && places.some((place) => place.kind !== "const");
}

/**
 * Whether `pattern` is computed (not a literal) from a parameter, or a variable of the lambda
 * around them, that `text` reads too (`c.replace(c.toUpperCase(), "_")` inside a map).
 */
function patternCutFromText(text: Program, pattern: Program): boolean {
  if (pattern.kind === "const") return false;
  const inText = inputsRead(text);
  for (const i of inputsRead(pattern)) if (inText.has(i)) return true;
  return false;
}

/** The parameters (`p0`...) and the variables of the enclosing lambda (`v0`...) a program reads, outside lambdas of its own. */
function inputsRead(p: Program, into = new Set<string>()): Set<string> {
  if (p.kind === "param") into.add(`p${p.index}`);
  else if (p.kind === "var") into.add(`v${p.index}`);
  else if (p.kind === "apply") for (const a of p.args) inputsRead(a, into);
  else if (p.kind === "lambda") for (const i of parametersRead(p.body)) into.add(`p${i}`);
  return into;
}

/**
 * What a power pays when its exponent is computed (`sum(xs) ** product(xs)`): people raise to a
 * literal or a parameter, and a computed exponent makes numbers that fit a few examples by accident.
 */
const COMPUTED_EXPONENT_PENALTY = 3;

/**
 * Ranking score: the program's hand-set cost, plus penalties for what overfits (conditionals, long
 * constants). The costs a search ran with (a learned prior, Probe's update) decide what is tried
 * first; which of the programs found is meant is a question of simplicity, the same for every search.
 */
function score(program: Program, leafCost: (p: Program & { kind: "const" }) => number, opCost: (op: Operator) => number): number {
  let penalty = 0;
  const visit = (p: Program) => {
    if (p.kind === "apply") {
      if (p.op.name === "if") penalty += 2;
      if (SELF_PATTERN_OPERATORS.has(p.op.name) && patternCutFromText(p.args[0], p.args[1])) penalty += SELF_PATTERN_PENALTY;
      if (cutsIntoLiteral(p)) penalty += CUT_LITERAL_PENALTY;
      if (p.op.name === "pow" && p.args[1].kind === "apply") penalty += COMPUTED_EXPONENT_PENALTY;
      p.args.forEach(visit);
    } else if (p.kind === "lambda") visit(p.body);
    else if (p.kind === "const" && typeof p.value === "string" && p.value.length > 1) penalty += 1;
  };
  visit(program);
  return handCost(program, leafCost, opCost) + penalty;
}

/**
 * An operator's cost in the ranking: its hand-set cost, less the discount where the task's words
 * name it. The enumerated programs already hold the discounted operators; those a deduction builds
 * around a sub-task's program (the map, the filter) hold the table's, and are ranked alike here.
 */
function rankingCost(forms: ReadonlySet<string>): (op: Operator) => number {
  return (op) => {
    const base = op.name.startsWith("field:") ? FIELD_COST : OPERATOR_BY_NAME.get(op.name)?.cost;
    return base !== undefined && namedBy(op, forms) ? named({ ...op, cost: base }).cost : op.cost;
  };
}

/** A program's cost under the hand-set operator costs (inputs and lambda variables 1), with its literals at the given costs. */
export function handCost(p: Program, leafCost: (p: Program & { kind: "const" }) => number = () => 2, opCost: (op: Operator) => number = (op) => op.cost): number {
  switch (p.kind) {
    case "apply":
      return opCost(p.op) + p.args.reduce((n, a) => n + handCost(a, leafCost, opCost), 0);
    case "lambda":
      return LAMBDA_COST + handCost(p.body, leafCost, opCost);
    case "const":
      return leafCost(p);
    default:
      return 1;
  }
}

function literalKey(p: Program & { kind: "const" }): string {
  return `${typeKey(p.type)}:${JSON.stringify(p.value)}`;
}

/** Values of type `t` found in (or inside) the given values: list elements, words, the values themselves. */
export function samplesOfType(t: Type, values: readonly Value[]): Value[] {
  const key = typeKey(t);
  const out: Value[] = [];
  const seen = new Set<string>();
  const push = (v: Value) => {
    const k = JSON.stringify(v);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(v);
    }
  };
  const visit = (v: Value, depth: number) => {
    if (depth > 2) return;
    if (Array.isArray(v)) {
      for (const x of v as readonly Value[]) visit(x, depth + 1);
      return;
    }
    if (typeof v === "object") {
      if (t.kind === "record" && sameShape(v, t)) push(v as Value);
      for (const x of Object.values(v as object)) visit(x as Value, depth + 1);
      return;
    }
    if (key === "str" && typeof v === "string") {
      push(v);
      for (const w of v.split(/[\s,;]+/)) if (w) push(w);
    } else if (key === "num" && typeof v === "number") push(v);
    else if (key === "bool" && typeof v === "boolean") push(v);
  };
  for (const v of values) visit(v, 0);
  if (t.kind === "list") {
    for (const v of values) if (Array.isArray(v)) push(v as Value);
  }
  if (key === "num") for (const n of [0, 1, 2]) push(n);
  if (key === "bool") for (const b of [true, false]) push(b);
  return out;
}

function sameShape(v: object, t: Type & { kind: "record" }): boolean {
  const keys = Object.keys(v);
  return keys.length === t.fields.length && t.fields.every((f) => keys.includes(f.name));
}

/** Up to `n` items spread evenly over the list. */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(items[Math.floor((i * items.length) / n)]);
  return out;
}

