// Training tasks made by the engine's own enumeration: reproducible, correct (the program gives
// the outputs), free of duplicates and trivial behaviours, labeled with real operators, varied.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fieldOperator, OPERATOR_BY_NAME, OPERATORS } from "../language-server/engine/operators";
import { apply, constant, lambda, lambdaVar, param, runProgram, type Program } from "../language-server/engine/program";
import { STRING, typeKey, typeOfValue, valuesEqual, type Value } from "../language-server/engine/types";
import { generateTasks, operatorNames, programOf, type GeneratedTask } from "../language-server/guidance/generate";
import { ALL_SHAPES, mulberry32 } from "../language-server/guidance/inputs";

// One run shared by the checks below; small efforts keep the file within a few seconds.
const TASKS = generateTasks({ seed: 42, count: 300, timePerSignatureMs: 40 });

/** Every example, shown and held out. */
const allExamples = (t: GeneratedTask) => [...t.task.examples, ...(t.task.heldOut ?? [])];

/**
 * Reads a program back from its printed text (`op(a, b)`, `(x) => body`, JSON literals, parameter
 * names), so the check below covers the text a model is trained on, not only the kept tree.
 */
function parseProgram(text: string, paramNames: readonly string[]): Program {
  let pos = 0;
  const skip = () => {
    while (text[pos] === " ") pos++;
  };
  const expect = (s: string) => {
    skip();
    assert.equal(text.slice(pos, pos + s.length), s, `expected '${s}' at ${pos} in ${text}`);
    pos += s.length;
  };
  const literal = (): Value => {
    // The longest prefix that is valid JSON ending at a delimiter is the literal.
    for (let end = text.length; end > pos; end--) {
      if (end < text.length && !/[,)]/.test(text[end])) continue;
      try {
        const v = JSON.parse(text.slice(pos, end)) as Value;
        pos = end;
        return v;
      } catch {
        // Not this end; a shorter one may be.
      }
    }
    throw new Error(`no literal at ${pos} in ${text}`);
  };
  const expr = (vars: readonly string[]): Program => {
    skip();
    if (text[pos] === "(") {
      pos++;
      const names = text.slice(pos, text.indexOf(")", pos)).split(",").map((s) => s.trim());
      pos = text.indexOf(")", pos) + 1;
      expect("=>");
      return lambda(names.map(() => STRING), expr(names));
    }
    if (/["\d\-[]/.test(text[pos])) {
      const v = literal();
      return constant(v, typeOfValue(v) ?? STRING);
    }
    const name = /^[A-Za-z_$][\w$]*(:[\w$]+)?/.exec(text.slice(pos))![0];
    pos += name.length;
    skip();
    if (text[pos] !== "(") {
      if (vars.includes(name)) return lambdaVar(vars.indexOf(name), STRING);
      assert.ok(paramNames.includes(name), `unknown name ${name} in ${text}`);
      return param(paramNames.indexOf(name), STRING);
    }
    pos++;
    const args: Program[] = [];
    for (;;) {
      args.push(expr(vars));
      skip();
      if (text[pos++] === ")") break;
    }
    const op = name.startsWith("field:") ? fieldOperator(STRING, name.slice(6), STRING) : OPERATOR_BY_NAME.get(name);
    assert.ok(op, `unknown operator ${name}`);
    // The interpreter never looks at the types, only at the operators' semantics.
    return apply(op, { params: args.map(() => STRING), result: STRING }, args);
  };
  const p = expr([]);
  skip();
  assert.equal(pos, text.length, `trailing text in ${text}`);
  return p;
}

test("the same seed gives the same tasks, another seed other tasks", () => {
  const a = generateTasks({ seed: 7, count: 40, timePerSignatureMs: 30 });
  const b = generateTasks({ seed: 7, count: 40, timePerSignatureMs: 30 });
  const c = generateTasks({ seed: 8, count: 40, timePerSignatureMs: 30 });
  assert.equal(a.length, 40);
  assert.equal(JSON.stringify(a), JSON.stringify(b));
  assert.notEqual(JSON.stringify(a), JSON.stringify(c));
});

test("the seeded generator is reproducible and spread over [0, 1)", () => {
  const a = mulberry32(3);
  const b = mulberry32(3);
  const xs = Array.from({ length: 1000 }, () => a());
  assert.deepEqual(xs, Array.from({ length: 1000 }, () => b()));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  assert.ok(Math.abs(mean - 0.5) < 0.05, `mean ${mean}`);
});

test("every shape draws values of its declared type", () => {
  const rng = mulberry32(1);
  for (const shape of ALL_SHAPES) {
    for (let i = 0; i < 20; i++) {
      const v = shape.draw(rng);
      const t = typeOfValue(v);
      // An empty list's element type cannot be told from the value.
      if (t) assert.equal(typeKey(t), typeKey(shape.type), `${shape.name}: ${JSON.stringify(v)}`);
      else assert.ok(Array.isArray(v) && v.length === 0, shape.name);
    }
  }
});

test("the requested number of tasks, with the requested examples each", () => {
  assert.equal(TASKS.length, 300);
  for (const t of TASKS) {
    assert.equal(t.task.examples.length, 4, t.program);
    assert.ok((t.task.heldOut ?? []).length >= 2, t.program);
    assert.ok(t.task.params.length >= 1 && t.task.params.length <= 2);
    // Enumerated programs are found within the enumeration's 16 levels; assembled text and
    // element-wise programs (a lambda body enumerated on its own) go beyond.
    assert.ok(t.cost >= 2 && (t.cost <= 16 || /^(concat|map|filter|count)\(/.test(t.program)), `cost ${t.cost}: ${t.program}`);
    assert.equal(new Set(t.task.params.map((p) => p.name)).size, t.task.params.length);
  }
  const few = generateTasks({ seed: 5, count: 10, examplesPerTask: 3, timePerSignatureMs: 30 });
  assert.ok(few.every((t) => t.task.examples.length === 3));
});

test("every program gives its task's outputs, run from the kept tree and from its printed text", () => {
  for (const t of TASKS) {
    const kept = programOf(t);
    assert.ok(kept, t.program);
    const parsed = parseProgram(
      t.program,
      t.task.params.map((p) => p.name),
    );
    for (const ex of allExamples(t)) {
      for (const p of [kept, parsed]) {
        const r = runProgram(p, ex.inputs);
        assert.ok(r.ok, `${t.program} failed on ${JSON.stringify(ex.inputs)}`);
        assert.ok(valuesEqual(r.value, ex.output), `${t.program} on ${JSON.stringify(ex.inputs)}: ${JSON.stringify(r.value)} != ${JSON.stringify(ex.output)}`);
      }
    }
  }
});

test("no two tasks show the same signature and examples", () => {
  const keys = new Set<string>();
  for (const t of TASKS) {
    const signature = `${t.task.params.map((p) => typeKey(p.type)).join(",")}->${typeKey(t.task.returnType)}`;
    const key = `${signature}|${JSON.stringify(t.task.examples)}`;
    assert.ok(!keys.has(key), `duplicate: ${t.program}`);
    keys.add(key);
  }
});

test("behaviours are not trivial: outputs vary and are not one of the inputs", () => {
  for (const t of TASKS) {
    const outs = t.task.examples.map((e) => e.output);
    assert.ok(!outs.every((o) => valuesEqual(o, outs[0])), `constant: ${t.program}`);
    t.task.params.forEach((_, i) => {
      assert.ok(!t.task.examples.every((e) => valuesEqual(e.output, e.inputs[i])), `identity: ${t.program}`);
    });
    for (const o of outs) {
      const t2 = typeOfValue(o);
      if (t2) assert.equal(typeKey(t2), typeKey(t.task.returnType), t.program);
    }
  }
});

test("labels are the program's distinct operators, all in the operator table", () => {
  const names = new Set(OPERATORS.map((op) => op.name));
  for (const t of TASKS) {
    assert.ok(t.operators.length > 0, t.program);
    assert.deepEqual([...t.operators], [...new Set(t.operators)].sort(), t.program);
    for (const op of t.operators) assert.ok(names.has(op), `${op} is not an operator`);
    assert.deepEqual(t.operators, operatorNames(programOf(t)!));
    for (const op of t.operators) assert.ok(t.program.includes(`${op}(`), `${op} not in ${t.program}`);
  }
});

test("a few hundred tasks cover many operators, none dominating, at several costs", () => {
  const counts = new Map<string, number>();
  for (const t of TASKS) for (const op of t.operators) counts.set(op, (counts.get(op) ?? 0) + 1);
  assert.ok(counts.size > 30, `only ${counts.size} operators: ${[...counts.keys()].join(" ")}`);
  // Every assembled text task joins its pieces with concat, by design; no other operator may dominate.
  assert.ok(counts.get("concat")! / TASKS.length < 0.3, `concat is in ${counts.get("concat")} of ${TASKS.length} tasks`);
  const [top, n] = [...counts].filter(([op]) => op !== "concat").sort((a, b) => b[1] - a[1])[0];
  // Unbalanced, the cheap operators (length, sub, listLength) are each in 15 to 20% of the tasks.
  assert.ok(n / TASKS.length < 0.15, `${top} is in ${n} of ${TASKS.length} tasks`);
  const costs = new Set(TASKS.map((t) => t.cost));
  assert.ok(costs.size >= 6, `costs: ${[...costs].join(" ")}`);
  assert.ok(TASKS.some((t) => t.cost >= 11), "no deeper programs");
  const returns = new Set(TASKS.map((t) => typeKey(t.task.returnType)));
  assert.ok(returns.size >= 4, `return types: ${[...returns].join(" ")}`);
});

test("some list tasks apply an operator to each element, with a lambda body that reads the element", () => {
  const readsVariable = (p: Program): boolean => p.kind === "var" || (p.kind === "apply" && p.args.some(readsVariable));
  // One sample of 300 draws only about eight signatures, so whether one of numbers comes up is
  // chance; four samples draw enough of them.
  const samples = [42, 1, 2, 7].flatMap((seed) => (seed === 42 ? TASKS : generateTasks({ seed, count: 300, timePerSignatureMs: 40 })));
  const elementwise = samples.filter((t) => {
    const p = programOf(t)!;
    return p.kind === "apply" && ["map", "filter", "count"].includes(p.op.name) && p.args[0].kind === "param";
  });
  const overLists = samples.filter((t) => t.task.params.some((p) => p.type.kind === "list"));
  // The enumeration alone made about 9% of the tasks over lists element-wise (15 of 162, seed 42).
  assert.ok(elementwise.length >= 0.1 * overLists.length, `only ${elementwise.length} element-wise tasks of ${overLists.length} over lists`);
  // Arithmetic on each element (each price with tax, the even ones) is among them.
  assert.ok(elementwise.some((t) => t.operators.some((op) => ["add", "sub", "mul", "mod", "intDiv"].includes(op))), elementwise.map((t) => t.program).join("\n"));
  for (const t of elementwise) {
    const fn = (programOf(t) as Program & { kind: "apply" }).args[1];
    assert.ok(fn.kind === "lambda" && readsVariable(fn.body), t.program);
  }
});

test("some text tasks are assembled from computed pieces and literal text, beyond the enumeration's depth", () => {
  const concatenations = (p: Program): number => (p.kind === "apply" ? (p.op.name === "concat" ? 1 : 0) + p.args.reduce((n, a) => n + concatenations(a), 0) : 0);
  const assembled = TASKS.filter((t) => {
    const p = programOf(t)!;
    return p.kind === "apply" && p.op.name === "concat" && t.cost > 16;
  });
  assert.ok(assembled.length >= 10, `only ${assembled.length} assembled tasks`);
  for (const t of assembled) {
    assert.equal(typeKey(t.task.returnType), "str", t.program);
    assert.ok(concatenations(programOf(t)!) >= 1, t.program);
    // Besides concat, some piece is computed by an operator (a plain input with literal text is enumerated anyway).
    assert.ok(t.operators.some((op) => op !== "concat"), t.program);
  }
});
