// Reads SyGuS-IF programming-by-example problems (versions 1 and 2) into engine tasks.
import { BOOLEAN, NUMBER, STRING, type Example, type Parameter, type Task, type Type, type Value } from "../engine/types";
import { BenchmarkFormatError, type SourcePosition } from "./errors";
import { describeSExpr, readSExpressions, type SExpr } from "./sexpr";

export type SygusVersion = 1 | 2;

export interface SygusProblem {
  readonly task: Task;
  readonly version: SygusVersion;
}

/** Commands that do not change what a PBE problem asks for. */
const IGNORED_COMMANDS = new Set(["set-logic", "set-option", "set-info", "set-feature", "declare-var", "define-fun", "define-sort", "check-synth"]);

/** Operator names that only SyGuS-IF version 2 (SMT-LIB 2.6) spells this way. */
const VERSION_2_SYMBOLS = new Set(["str.to_int", "str.from_int", "str.to_code", "str.from_code", "str.<", "str.<=", "str.replace_all", "set-feature"]);

/**
 * Reads one `.sl` file. The task is named `taskName`; its examples come from the constraints and its
 * constants from the literals the grammar offers. Anything that is not a PBE problem is a BenchmarkFormatError.
 */
export function readSygus(text: string, file: string, taskName: string): SygusProblem {
  const commands = readSExpressions(text, file);
  const fail: Fail = (position, detail) => {
    throw BenchmarkFormatError.at(file, position, detail);
  };
  if (commands.length === 0) fail({ line: 1, column: 1 }, "the file has no commands (expected a synth-fun and its constraints)");

  let signature: { name: string; params: Parameter[]; returnType: Type; constants: Value[]; version: SygusVersion | undefined } | undefined;
  const constraints: SExpr[] = [];
  for (const command of commands) {
    const head = command.kind === "list" ? command.items[0] : undefined;
    if (command.kind !== "list" || head?.kind !== "symbol") {
      return fail(command.position, `expected a command such as (synth-fun ...), found ${describeSExpr(command)}`);
    }
    if (IGNORED_COMMANDS.has(head.name)) continue;
    if (head.name === "synth-fun") {
      if (signature) fail(command.position, "a second synth-fun: only problems with one function to synthesize are read");
      signature = readSynthFun(command.items, command.position, fail);
    } else if (head.name === "constraint") {
      if (command.items.length !== 2) fail(command.position, "constraint takes exactly one term");
      constraints.push(command.items[1]);
    } else {
      fail(command.position, `unsupported command '${head.name}': only programming-by-example problems are read`);
    }
  }
  if (!signature) return fail(commands[0].position, "the file has no synth-fun");
  if (constraints.length === 0) fail(commands[0].position, "the file has no constraints, so no examples");

  const found = signature;
  const examples = constraints.map((constraint) => readExample(constraint, found, fail));
  const version = signature.version ?? (mentionsVersion2Symbols(commands) ? 2 : 1);
  const task: Task = { name: taskName, params: signature.params, returnType: signature.returnType, examples, constants: signature.constants };
  return { task, version };
}

/** A best guess at the version from the text alone, for files that could not be read completely. */
export function guessSygusVersion(text: string): SygusVersion {
  try {
    const commands = readSExpressions(text, "");
    for (const command of commands) {
      if (command.kind === "list" && command.items[0]?.kind === "symbol" && command.items[0].name === "synth-fun" && command.items.length === 6) return 2;
    }
    return mentionsVersion2Symbols(commands) ? 2 : 1;
  } catch {
    return /str\.to_int|str\.from_int|set-feature/.test(text) ? 2 : 1;
  }
}

type Fail = (position: SourcePosition, detail: string) => never;

function readSynthFun(items: readonly SExpr[], position: SourcePosition, fail: Fail) {
  // v1: (synth-fun f params Sort [grammar]); v2: (synth-fun f params Sort [(predeclarations) (grouped rules)]).
  if (items.length < 4 || items.length > 6) fail(position, "synth-fun takes a name, a parameter list, a sort and optionally a grammar");
  const [, nameNode, paramsNode, sortNode] = items;
  if (nameNode.kind !== "symbol") return fail(nameNode.position, `expected the function's name, found ${describeSExpr(nameNode)}`);
  if (paramsNode.kind !== "list") return fail(paramsNode.position, "expected the parameter list ((name Sort) ...)");
  const params = paramsNode.items.map((param): Parameter => {
    if (param.kind !== "list" || param.items.length !== 2 || param.items[0].kind !== "symbol") {
      return fail(param.position, `expected a parameter (name Sort), found ${describeSExpr(param)}`);
    }
    return { name: param.items[0].name, type: readSort(param.items[1], fail) };
  });
  const returnType = readSort(sortNode, fail);
  let version: SygusVersion | undefined;
  let ruleLists: SExpr[] = [];
  if (items.length === 5) {
    version = 1;
    ruleLists = nonterminalRules(items[4], fail);
  } else if (items.length === 6) {
    version = 2;
    if (items[4].kind !== "list") fail(items[4].position, "expected the nonterminal declarations ((Name Sort) ...)");
    ruleLists = nonterminalRules(items[5], fail);
  }
  const constants: Value[] = [];
  const seen = new Set<string>();
  for (const rules of ruleLists) {
    collectLiterals(rules, fail, (value) => {
      const key = `${typeof value}:${String(value)}`;
      if (!seen.has(key)) {
        seen.add(key);
        constants.push(value);
      }
    });
  }
  return { name: nameNode.name, params, returnType, constants, version };
}

/** The rule lists of a grammar `((Name Sort (rule ...)) ...)`, the same shape in both versions. */
function nonterminalRules(grammar: SExpr, fail: Fail): SExpr[] {
  if (grammar.kind !== "list") return fail(grammar.position, "expected a grammar ((Name Sort (rules ...)) ...)");
  return grammar.items.map((nonterminal) => {
    if (nonterminal.kind !== "list" || nonterminal.items.length !== 3 || nonterminal.items[0].kind !== "symbol" || nonterminal.items[2].kind !== "list") {
      return fail(nonterminal.position, `expected a nonterminal (Name Sort (rules ...)), found ${describeSExpr(nonterminal)}`);
    }
    return nonterminal.items[2];
  });
}

function collectLiterals(node: SExpr, fail: Fail, found: (value: Value) => void): void {
  if (node.kind === "string") found(node.value);
  else if (node.kind === "numeral") found(integerValue(node.text, node.position, fail));
  else if (node.kind === "list") {
    const negated = negativeLiteral(node, fail);
    if (negated !== undefined) found(negated);
    else for (const item of node.items) collectLiterals(item, fail, found);
  }
}

function readSort(node: SExpr, fail: Fail): Type {
  if (node.kind === "symbol") {
    if (node.name === "String") return STRING;
    if (node.name === "Int") return NUMBER;
    if (node.name === "Bool") return BOOLEAN;
  }
  return fail(node.position, `unsupported sort ${describeSExpr(node)} (String, Int and Bool are read)`);
}

function readExample(constraint: SExpr, signature: { name: string; params: readonly Parameter[]; returnType: Type }, fail: Fail): Example {
  const notExample = (): never =>
    fail(constraint.position, `constraint is not an input/output example: expected (= (${signature.name} literal ...) literal)`);
  if (constraint.kind !== "list" || constraint.items.length !== 3) return notExample();
  const [equals, left, right] = constraint.items;
  if (equals.kind !== "symbol" || equals.name !== "=") return notExample();
  const isCall = (node: SExpr) => node.kind === "list" && node.items[0]?.kind === "symbol" && node.items[0].name === signature.name;
  if (isCall(left) === isCall(right)) return notExample();
  const call = (isCall(left) ? left : right) as Extract<SExpr, { kind: "list" }>;
  const result = isCall(left) ? right : left;
  const args = call.items.slice(1);
  if (args.length !== signature.params.length) {
    fail(call.position, `${signature.name} takes ${signature.params.length} argument(s) but this call passes ${args.length}`);
  }
  const inputs = args.map((arg, index) => readLiteral(arg, signature.params[index].type, `argument '${signature.params[index].name}'`, fail));
  return { inputs, output: readLiteral(result, signature.returnType, "the output", fail) };
}

function readLiteral(node: SExpr, type: Type, role: string, fail: Fail): Value {
  let value: Value | undefined;
  if (node.kind === "string") value = node.value;
  else if (node.kind === "numeral") value = integerValue(node.text, node.position, fail);
  else if (node.kind === "symbol" && (node.name === "true" || node.name === "false")) value = node.name === "true";
  else if (node.kind === "list") value = negativeLiteral(node, fail);
  const expected = type.kind === "string" ? "string" : type.kind === "number" ? "number" : "boolean";
  if (value === undefined) return fail(node.position, `${role} must be a literal, found ${describeSExpr(node)}`);
  if (typeof value !== expected) {
    const sort = type.kind === "string" ? "String" : type.kind === "number" ? "Int" : "Bool";
    return fail(node.position, `${role} must be a ${sort} literal, found ${describeSExpr(node)}`);
  }
  return value;
}

/** `(- 5)` is how SMT-LIB 2.6 writes the literal -5. */
function negativeLiteral(node: Extract<SExpr, { kind: "list" }>, fail: Fail): number | undefined {
  const [minus, operand] = node.items;
  if (node.items.length === 2 && minus.kind === "symbol" && minus.name === "-" && operand.kind === "numeral") {
    return 0 - integerValue(operand.text, operand.position, fail);
  }
  return undefined;
}

function integerValue(text: string, position: SourcePosition, fail: Fail): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) return fail(position, `integer ${text} is too large to represent exactly`);
  return value === 0 ? 0 : value;
}

function mentionsVersion2Symbols(nodes: readonly SExpr[]): boolean {
  return nodes.some((node) => (node.kind === "symbol" ? VERSION_2_SYMBOLS.has(node.name) : node.kind === "list" && mentionsVersion2Symbols(node.items)));
}
