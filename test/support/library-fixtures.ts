// Library functions as JSON for the library store tests: small bodies built by hand, some calling
// others by name, one whose argument would be captured if it were inlined.
import type { LibraryFunctionJson, ProgramJson } from "../../language-server/library/library-file";
import type { Type } from "../../language-server/engine/types";

export const num: Type = { kind: "number" };
export const list = (element: Type): Type => ({ kind: "list", element });
export const fn = (params: Type[], result: Type): Type => ({ kind: "function", params, result });

export const param = (index: number, type: Type): ProgramJson => ({ param: index, type });
export const variable = (index: number, type: Type): ProgramJson => ({ var: index, type });
export const constant = (value: number, type: Type = num): ProgramJson => ({ const: value, type });
export const op = (name: string, params: Type[], result: Type, ...args: ProgramJson[]): ProgramJson => ({ op: name, params, result, args });
export const lambda = (params: Type[], body: ProgramJson): ProgramJson => ({ lambda: params, body });

export function libraryFunction(name: string, params: Type[], result: Type, body: ProgramJson, extra: Partial<LibraryFunctionJson> = {}): LibraryFunctionJson {
  return { name, params, result, body, cost: 6, uses: 2, tasks: ["suite/one", "suite/two"], ...extra };
}

const add = (a: ProgramJson, b: ProgramJson) => op("add", [num, num], num, a, b);

/** addMod(a, b, c) = mod(add(a, b), c) */
export const addMod = libraryFunction("addMod", [num, num, num], num, op("mod", [num, num], num, add(param(0, num), param(1, num)), param(2, num)));

/** shiftAll(a, b, c) = map(a, (x) => addMod(x, b, c)): calls addMod. */
export const shiftAll = libraryFunction(
  "shiftAll",
  [list(num), num, num],
  list(num),
  op("map", [list(num), fn([num], num)], list(num), param(0, list(num)), lambda([num], op("addMod", [num, num, num], num, variable(0, num), param(1, num), param(2, num)))),
);

/** mapAdd(a, b) = map(a, (x) => add(x, b)) */
export const mapAdd = libraryFunction("mapAdd", [list(num), num], list(num), op("map", [list(num), fn([num], num)], list(num), param(0, list(num)), lambda([num], add(variable(0, num), param(1, num)))));

/**
 * addHeads(a) = map(a, (x) => mapAdd(x, head(x))): inlining mapAdd here would put head(x) under
 * mapAdd's own lambda, where x would mean that lambda's variable.
 */
export const addHeads = libraryFunction(
  "addHeads",
  [list(list(num))],
  list(list(num)),
  op(
    "map",
    [list(list(num)), fn([list(num)], list(num))],
    list(list(num)),
    param(0, list(list(num))),
    lambda([list(num)], op("mapAdd", [list(num), num], list(num), variable(0, list(num)), op("head", [list(num)], num, variable(0, list(num))))),
  ),
);

/** applyAll(a, b) = map(a, b): a function-valued parameter. */
export const applyAll = libraryFunction("applyAll", [list(num), fn([num], num)], list(num), op("map", [list(num), fn([num], num)], list(num), param(0, list(num)), param(1, fn([num], num))));

/** addK(a) = add(a, k), a distinct body for each k. */
export const addConstant = (name: string, k: number) => libraryFunction(name, [num], num, add(param(0, num), constant(k)));

/** A version 1 library file's text. */
export const versionOne = (...functions: LibraryFunctionJson[]) => JSON.stringify({ version: 1, functions }, null, 2);
