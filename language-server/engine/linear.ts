// Lines read off the examples: a number task whose outputs lie on a line over one of its number
// parameters is `x * m / d + b` for small whole m and d (`c * 9 / 5 + 32`, `(f - 32) * 5 / 9`).
// The enumeration reaches such a program late, if at all: the constants are dear, and `divide`
// refuses whole quotients. Three points on one line are seldom an accident, so at least three
// examples with different values of the parameter are needed.
import { OPERATOR_BY_NAME, type Operator } from "./operators";
import { apply, constant, param, type Program } from "./program";
import { NUMBER, type Task } from "./types";

/** Denominators tried for the slope: small ones, and those of percentages (27 / 25 is 108 / 100). */
const MAX_SMALL_DENOMINATOR = 12;
const PERCENT = 100;
const MAX_NUMERATOR = 1000;
const MIN_POINTS = 3;

const NUMBER_BINARY = { params: [NUMBER, NUMBER], result: NUMBER };
const op = (name: string): Operator => OPERATOR_BY_NAME.get(name)!;
const num = (n: number): Program => constant(n, NUMBER);
const call = (name: string, a: Program, b: Program): Program => apply(op(name), NUMBER_BINARY, [a, b]);

/** `a + c`, or `a - |c|` for a negative c; `a` itself for 0. */
function plus(a: Program, c: number): Program {
  if (c === 0) return a;
  return c > 0 ? call("add", a, num(c)) : call("sub", a, num(-c));
}

/** `a * m`; `a` itself for 1. */
function times(a: Program, m: number): Program {
  return m === 1 ? a : call("mul", a, num(m));
}

/** Whether `v` is within rounding of a whole number. */
function nearlyWhole(v: number): boolean {
  return Math.abs(v - Math.round(v)) <= 1e-9 * Math.max(1, Math.abs(v));
}

/** The smallest denominator d (up to 100) that makes `a * d` whole, or undefined. */
function denominatorOf(a: number): number | undefined {
  for (let d = 1; d <= PERCENT; d++) if (nearlyWhole(a * d)) return d;
  return undefined;
}

/**
 * The program `x * m / d + c / d`, written as a person would: `x * 9 / 5 + 32`, `(x - 32) * 5 / 9`,
 * `(x * 3 + 1) / 2`. Slopes over an odd denominator above 12 are written as percentages.
 */
function lineProgram(x: Program, m: number, d: number, c: number): Program {
  if (d === 1) {
    if (m === -1) return call("sub", num(c), x);
    return plus(times(x, m), c);
  }
  if (d > MAX_SMALL_DENOMINATOR && PERCENT % d === 0) {
    const scale = PERCENT / d;
    [m, d, c] = [m * scale, PERCENT, c * scale];
  }
  const quotient = (a: Program) => call("quotient", a, num(d));
  if (c === 0) return quotient(times(x, m));
  if (c % m === 0) return quotient(times(plus(x, c / m), m));
  if (c % d === 0) return plus(quotient(times(x, m)), c / d);
  return quotient(plus(times(x, m), c));
}

/**
 * The lines through the examples over each number parameter, as programs. Every example lies on
 * them up to rounding; the caller runs them in the interpreter, which must give each output exactly.
 */
export function linearFits(task: Task): Program[] {
  if (task.returnType.kind !== "number" || task.examples.length < MIN_POINTS) return [];
  if (!task.examples.every((ex) => typeof ex.output === "number" && Number.isFinite(ex.output))) return [];
  const ys = task.examples.map((ex) => ex.output as number);
  const fits: Program[] = [];
  task.params.forEach((p, i) => {
    if (p.type.kind !== "number") return;
    const xs = task.examples.map((ex) => ex.inputs[i] as number);
    if (new Set(xs).size < MIN_POINTS) return;
    // Two points with different x give the line; every example must then lie on it.
    const other = xs.findIndex((x) => x !== xs[0]);
    const slope = (ys[other] - ys[0]) / (xs[other] - xs[0]);
    if (slope === 0 || !Number.isFinite(slope)) return;
    const d = denominatorOf(slope);
    if (d === undefined) return;
    const m = Math.round(slope * d);
    const exactC = (ys[0] - slope * xs[0]) * d;
    if (Math.abs(m) > MAX_NUMERATOR || !nearlyWhole(exactC)) return;
    const c = Math.round(exactC);
    const onLine = (x: number, y: number) => Math.abs((m * x + c) / d - y) <= 1e-9 * Math.max(1, Math.abs(y));
    if (!xs.every((x, e) => onLine(x, ys[e]))) return;
    fits.push(lineProgram(param(i, NUMBER), m, d, c));
  });
  return fits;
}

/**
 * Whole coefficients a person writes without being given them: small ones, and the factors of
 * units (60 seconds, 100 cents, 1000 metres, 3600 seconds, 24 hours).
 */
function roundCoefficient(a: number): boolean {
  const n = Math.abs(a);
  return n <= 12 || n === 24 || n % 10 === 0 || n % 60 === 0;
}

/**
 * Solves `rows * x = ys` for the unknowns by Gaussian elimination with partial pivoting, or
 * undefined where the examples do not pin every unknown down (fewer independent rows than unknowns).
 */
function solve(rows: readonly (readonly number[])[], ys: readonly number[], unknowns: number): number[] | undefined {
  const m = rows.map((r, e) => [...r, ys[e]]);
  const pivots: number[] = [];
  let row = 0;
  for (let col = 0; col < unknowns && row < m.length; col++) {
    let best = row;
    for (let r = row + 1; r < m.length; r++) if (Math.abs(m[r][col]) > Math.abs(m[best][col])) best = r;
    if (Math.abs(m[best][col]) < 1e-12) return undefined;
    [m[row], m[best]] = [m[best], m[row]];
    for (let r = 0; r < m.length; r++) {
      if (r === row) continue;
      const f = m[r][col] / m[row][col];
      if (f !== 0) for (let c = col; c <= unknowns; c++) m[r][c] -= f * m[row][c];
    }
    pivots.push(col);
    row++;
  }
  if (pivots.length < unknowns) return undefined;
  return pivots.map((col, r) => m[r][unknowns] / m[r][col]);
}

/**
 * The weighted sum of the number parameters that gives every output, with whole weights:
 * `hours * 3600 + minutes * 60 + seconds`. Such a program is dear to enumerate (its constants are
 * given nowhere). Every example must fit exactly; with no more examples than weights (where any
 * examples fit some weights), every weight must also be round, as must any weight above 1000; an
 * added constant needs two examples more than weights.
 */
export function weightedSums(task: Task): Program[] {
  if (task.returnType.kind !== "number" || task.examples.length < MIN_POINTS) return [];
  if (!task.examples.every((ex) => typeof ex.output === "number" && Number.isFinite(ex.output))) return [];
  const numbers = task.params.flatMap((p, i) => (p.type.kind === "number" ? [i] : []));
  if (numbers.length < 2) return [];
  const ys = task.examples.map((ex) => ex.output as number);
  const fits: Program[] = [];
  for (const withConstant of [false, true]) {
    const unknowns = numbers.length + (withConstant ? 1 : 0);
    if (task.examples.length < unknowns + (withConstant ? 2 : 0)) continue;
    const rows = task.examples.map((ex) => [...numbers.map((i) => ex.inputs[i] as number), ...(withConstant ? [1] : [])]);
    const solution = solve(rows, ys, unknowns);
    if (!solution?.every(nearlyWhole)) continue;
    const weights = solution.map(Math.round);
    if (weights.some((w) => Math.abs(w) > MAX_NUMERATOR && !roundCoefficient(w))) continue;
    const terms = weights.slice(0, numbers.length);
    if (terms.filter((w) => w !== 0).length < 2) continue; // One parameter's line is linearFits'.
    if (task.examples.length <= unknowns && !weights.every(roundCoefficient)) continue;
    if (!rows.every((r, e) => r.reduce((sum, x, k) => sum + x * weights[k], 0) === ys[e])) continue;
    fits.push(sumProgram(numbers, terms, withConstant ? weights[numbers.length] : 0));
    break;
  }
  return fits;
}

/** `a * 3600 + b * 60 + c`, in the parameters' order, with a positive term first where there is one. */
function sumProgram(params: readonly number[], weights: readonly number[], constantTerm: number): Program {
  const terms = params.map((index, k) => ({ x: param(index, NUMBER), w: weights[k] })).filter((t) => t.w !== 0);
  const first = terms.findIndex((t) => t.w > 0);
  const ordered = first > 0 ? [terms[first], ...terms.filter((_, k) => k !== first)] : terms;
  let sum = times(ordered[0].x, ordered[0].w);
  for (const t of ordered.slice(1)) sum = t.w > 0 ? call("add", sum, times(t.x, t.w)) : call("sub", sum, times(t.x, -t.w));
  return plus(sum, constantTerm);
}
