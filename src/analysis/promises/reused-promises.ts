import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type ts from 'typescript';

import type { Analysis } from '../context.js';
import { variableOf } from '../scope/variables.js';
import { isLoggingCall } from '../syntax/calls.js';
import { alwaysExits, containsExit, continuesLoop } from '../syntax/exits.js';
import type { FunctionNode, LoopNode } from '../syntax/nodes.js';
import {
  enclosingClassBody,
  isFunctionNode,
  isLoop,
  isPromiseStatic,
  memberName,
  skipTypeWrappers,
  thisMemberName,
} from '../syntax/nodes.js';
import { childNodes, containsInBody, isNestedCode, walk } from '../syntax/walk.js';
import { checkerOf } from '../types/checker.js';
import { thenableKindOf, thenableKindOfType } from '../types/thenables.js';
import { derivedResults, identifiersIn, resultDecides, resultVariables, testedOnlyOnResult } from './loop-results.js';
import { consumesResult } from './reused-consumers.js';

/*
 * A promise settles once. Awaiting the same promise object on every iteration of a loop gives the
 * same value or the same rejection each time, so a loop whose exit depends on that outcome either
 * stops on its first iteration or never: a retry retries nothing, a poll never sees a change.
 * Awaiting a promise as a gate on each iteration (`for (const item of items) { await ready; … }`)
 * is fine, so only loops whose continuation depends on the promise's outcome count:
 * - retry: the await sits in a `try` whose success leaves the loop while its `catch` goes on;
 * - poll: the awaited value decides, alone, whether the loop ends (an `if` with an exit, or the
 *   test of a `while`; a check at the top of the body counts when the await at its end writes a
 *   local declared before the loop, `latest = await report`, read by that check next time).
 * A function that retries by calling itself with the same promise (`catch { return retry(p, n - 1); }`)
 * is the same mistake without a loop (through a handler: `reused-handlers.ts`), and a consumer loop
 * that handles the same settled item on every iteration is too (`reused-consumers.ts`).
 */

/** How the loop depends on the reused promise. */
export type ReuseShape = 'retry' | 'poll' | 'consume';

/** A promise binding awaited in a loop where every iteration sees the same settled outcome. */
export interface ReusedPromise {
  /** The read of the promise binding inside the `await`. */
  reference: TSESTree.Identifier;
  variable: TSESLint.Scope.Variable;
  /** The code that runs again: the loop, or the function that calls itself to retry. */
  region: TSESTree.Node;
  shape: ReuseShape;
  /** Reads that hand the same promise to the recursive retry call. */
  passedOn: TSESTree.Identifier[];
}

/** The binding an awaited expression starts from: `p` in `await p`, `await p.then(f)`, `await p.catch(g).finally(h)`. */
function awaitedBinding(argument: TSESTree.Expression): TSESTree.Identifier | undefined {
  let current = skipTypeWrappers(argument);
  while (current.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipTypeWrappers(current.callee);
    const method = memberName(callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || (method !== 'then' && method !== 'catch' && method !== 'finally'))
      return undefined;
    current = skipTypeWrappers(callee.object);
  }
  return current.type === AST_NODE_TYPES.Identifier ? current : undefined;
}

/**
 * The binding a wrapper waits for: `timeout(reading, 2_000)`, where the binding is handed to a
 * parameter declared as a promise of a call that returns a promise: awaiting the wrapper awaits the
 * binding again. Not the combinators: a promise raced beside fresh work (`Promise.race([next(),
 * stop])`) is a gate.
 */
function wrappedBinding(analysis: Analysis, argument: TSESTree.Expression): TSESTree.Identifier | undefined {
  const call = skipTypeWrappers(argument);
  if (call.type !== AST_NODE_TYPES.CallExpression || thenableKindOf(analysis, call) === false) return undefined;
  // `Promise.race([next(), stop])`: a promise raced beside fresh work is a gate, not the attempt.
  if (isPromiseStatic(call, ['race', 'any', 'all', 'allSettled'])) return undefined;
  const signature = checkerOf(analysis).resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call) as ts.CallExpression);
  const found = call.arguments.flatMap((item, index) => {
    const target = skipTypeWrappers(item);
    if (target.type !== AST_NODE_TYPES.Identifier) return [];
    const parameter = signature?.getParameters()[index];
    const declared = parameter?.valueDeclaration;
    const type = declared && checkerOf(analysis).getTypeOfSymbol(parameter);
    return type && thenableKindOfType(analysis, type) === 'promise' ? [target] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The innermost loop (same function) that evaluates `node` on each iteration: in its body or, for `while`/`do`, its test. */
function iteratingLoop(node: TSESTree.Node): { loop: LoopNode; inTest: boolean } | undefined {
  for (let child = node, current = node.parent; current; child = current, current = current.parent) {
    if (isFunctionNode(current) || current.type === AST_NODE_TYPES.Program) return undefined;
    if (!isLoop(current)) continue;
    if (current.body === child) return { loop: current, inTest: false };
    const testsEachTime = current.type === AST_NODE_TYPES.WhileStatement || current.type === AST_NODE_TYPES.DoWhileStatement;
    if (testsEachTime && (current as TSESTree.WhileStatement).test === child) return { loop: current, inTest: true };
    // `for (…; …; …)` heads and the iterated value of `for…of` are not the body: keep looking outwards.
  }
  return undefined;
}

export const within = (node: TSESTree.Node, outer: TSESTree.Node): boolean =>
  node.range[0] >= outer.range[0] && node.range[1] <= outer.range[1];

/** The function (or program) whose code runs `node`. */
export function ownerOf(node: TSESTree.Node): TSESTree.Node {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) || current.type === AST_NODE_TYPES.Program) return current;
  }
  return node;
}

/** The statements of the loop body that run on the way from the statement holding `node` to the next iteration. */
function bodyStatementsFrom(loop: LoopNode, node: TSESTree.Node): TSESTree.Node[] {
  const body = loop.body;
  const list = body.type === AST_NODE_TYPES.BlockStatement ? body.body : [body];
  const index = list.findIndex((statement) => within(node, statement));
  return index < 0 ? [] : list.slice(index);
}

/**
 * True when `variable` is written only inside `loop`, in code of the loop's own function, and some
 * way round the loop goes from the statement holding `awaited` back to it without a write: a
 * `switch` whose one case starts a new request while the others only sleep and go round again.
 * Constructs not followed here (`try`, nested loops, labels) count as writing when they hold a
 * write, so the answer is "yes" only where a way round without one is plain.
 */
function skipsWriteOnSomeTurn(variable: TSESLint.Scope.Variable, loop: LoopNode, awaited: TSESTree.Node): boolean {
  const owner = ownerOf(loop);
  const writes = variable.references.filter((reference) => reference.isWrite() && !reference.init);
  if (writes.some((reference) => !within(reference.identifier, loop) || ownerOf(reference.identifier) !== owner)) return false;
  const body = loop.body;
  const list = body.type === AST_NODE_TYPES.BlockStatement ? body.body : [body];
  const index = list.findIndex((statement) => within(awaited, statement));
  if (index < 0) return false;
  const name = variable.name;
  // From the top of the body to the await, and from the await round to the next turn.
  return coverOf(list.slice(0, index), name) === 'open' && coverOf(list.slice(index), name) !== 'covered';
}

/**
 * How a run of statements ends for a write of `name`: written (or left the loop), gone round
 * without one (`continue`), out of the `switch` around it (`break`), or on to what follows.
 */
type Cover = 'covered' | 'continue' | 'leaveSwitch' | 'open';

function coverOf(statements: readonly TSESTree.Node[], name: string, inSwitch = false): Cover {
  for (const statement of statements) {
    const cover = statementCover(statement, name, inSwitch);
    if (cover !== 'open') return cover;
  }
  return 'open';
}

function statementCover(statement: TSESTree.Node, name: string, inSwitch: boolean): Cover {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return 'covered';
    case AST_NODE_TYPES.BreakStatement:
      // A `break` of a `switch` goes on after it; one of this loop leaves it.
      return !statement.label && inSwitch ? 'leaveSwitch' : 'covered';
    case AST_NODE_TYPES.ContinueStatement:
      return statement.label ? 'covered' : 'continue';
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.VariableDeclaration:
      return writesName(statement, name) ? 'covered' : 'open';
    case AST_NODE_TYPES.BlockStatement:
      return coverOf(statement.body, name, inSwitch);
    case AST_NODE_TYPES.IfStatement: {
      const consequent = statementCover(statement.consequent, name, inSwitch);
      const alternate = statement.alternate ? statementCover(statement.alternate, name, inSwitch) : 'open';
      if (consequent === 'continue' || alternate === 'continue') return 'continue';
      if (consequent === alternate) return consequent;
      // One way written or left, the other on: what follows decides for both (a write after counts for the leaving one too).
      return 'open';
    }
    case AST_NODE_TYPES.SwitchStatement: {
      const covers = statement.cases.map((branch) => coverOf(branch.consequent, name, true));
      if (covers.includes('continue')) return 'continue';
      const whole = statement.cases.some((branch) => branch.test === null) && covers.every((cover) => cover === 'covered');
      return whole ? 'covered' : 'open';
    }
    default:
      return writesName(statement, name) ? 'covered' : 'open';
  }
}

/** True when `node` assigns `name` somewhere in its own code (not in nested functions). */
function writesName(node: TSESTree.Node, name: string): boolean {
  return containsInBody(
    node,
    (current) =>
      current.type === AST_NODE_TYPES.AssignmentExpression && current.left.type === AST_NODE_TYPES.Identifier && current.left.name === name,
  );
}

/**
 * True when the statements (the rest of the loop body) can reach the loop's next iteration: none of
 * them always leaves the loop, or one before the first that does has a `continue` of this loop
 * (`try { res = await request; } catch { …; continue; } return res;`).
 */
function reachesNextIteration(statements: readonly TSESTree.Node[], loop: LoopNode): boolean {
  const exit = statements.findIndex((statement) => alwaysExits(statement, loop));
  return exit < 0 || statements.slice(0, exit + 1).some((statement) => containsInBody(statement, (node) => continuesLoop(node, loop)));
}

/** True when a write to `variable` (other than its declaration) could change it between iterations of `loop`. */
function writtenDuringLoop(variable: TSESLint.Scope.Variable, loop: LoopNode): boolean {
  const owner = ownerOf(loop);
  return variable.references.some((reference) => {
    if (!reference.isWrite() || reference.init) return false;
    // A write from another function may run at any `await`; a write inside the loop makes each iteration differ.
    return within(reference.identifier, loop) || ownerOf(reference.identifier) !== owner;
  });
}

/**
 * True when `node` reads the awaited outcome again (`response.json()`, `r.body`): a call or read on
 * a result binding, with nothing else that changes between iterations. Work that only takes the
 * result as input (`fetch(url, { token })`) is new work each attempt.
 */
export function derivedFromResult(
  analysis: Analysis,
  node: TSESTree.Node,
  loop: LoopNode,
  results: ReadonlySet<TSESLint.Scope.Variable>,
): boolean {
  let root = skipTypeWrappers(node);
  if (root.type === AST_NODE_TYPES.CallExpression) root = skipTypeWrappers(root.callee);
  if (root.type !== AST_NODE_TYPES.MemberExpression) return false;
  while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTypeWrappers(root.object);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, root);
  return (
    variable !== null &&
    results.has(variable) &&
    !identifiersIn(node).some((identifier) => variesPerIteration(analysis, identifier, loop, results))
  );
}

/** True when the variable behind `reference` takes a new value on each iteration: declared in the loop or assigned in it. */
export function variesPerIteration(
  analysis: Analysis,
  identifier: TSESTree.Identifier,
  loop: LoopNode,
  results: ReadonlySet<TSESLint.Scope.Variable>,
): boolean {
  const variable = variableOf(analysis, identifier);
  if (!variable || results.has(variable)) return false;
  return variable.defs.some((def) => within(def.name, loop)) || writtenDuringLoop(variable, loop);
}

/**
 * True when the awaited promise is the attempt the loop retries, not a gate before it: a `const`
 * started by a call in the statement right before the loop, read nowhere but in that one `await`,
 * whose value the code keeps (`const status = await inFlight`). Later awaits in the `try` then
 * handle that value; they are not the work being retried.
 */
function isAttemptForLoop(analysis: Analysis, awaited: TSESTree.AwaitExpression, loop: LoopNode): boolean {
  const reference = awaitedBinding(awaited.argument);
  if (!reference || skipTypeWrappers(awaited.argument) !== reference) return false;
  if (awaited.parent.type !== AST_NODE_TYPES.VariableDeclarator || awaited.parent.init !== awaited) return false;
  const variable = variableOf(analysis, reference);
  const declarator = variable?.defs[0]?.node;
  if (!variable || declarator?.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init) return false;
  const init = skipTypeWrappers(declarator.init);
  if (init.type !== AST_NODE_TYPES.CallExpression && init.type !== AST_NODE_TYPES.NewExpression) return false;
  const declaration = declarator.parent;
  const block = declaration.parent;
  if (declaration.kind !== 'const' || (block.type !== AST_NODE_TYPES.BlockStatement && block.type !== AST_NODE_TYPES.Program)) return false;
  const body: TSESTree.Node[] = block.body;
  if (body[body.indexOf(declaration) + 1] !== loop) return false;
  const reads = variable.references.filter((item) => !item.init);
  return reads.length === 1 && reads[0]?.identifier === reference;
}

/** A `try` in the loop body whose success leaves the loop and whose `catch` goes on to another iteration. */
function isRetry(
  analysis: Analysis,
  awaited: TSESTree.AwaitExpression,
  loop: LoopNode,
  results: ReadonlySet<TSESLint.Scope.Variable>,
): boolean {
  for (
    let child: TSESTree.Node = awaited, current: TSESTree.Node | undefined = awaited.parent;
    current && current !== loop;
    child = current, current = current.parent
  ) {
    if (current.type !== AST_NODE_TYPES.TryStatement || current.block !== child || !current.handler) continue;
    if (alwaysExits(current.handler.body, loop) || (current.finalizer && alwaysExits(current.finalizer, loop))) return false;
    // `try { await ready; return await fetch(url); }` retries the fetch, with `ready` as a gate.
    // `return await response.json()` reads the same outcome again: no new work of its own.
    const otherWork = (node: TSESTree.Node): boolean =>
      node.type === AST_NODE_TYPES.AwaitExpression &&
      node !== awaited &&
      !awaitsSame(analysis, node, awaited) &&
      !isWaitingCall(analysis, node.argument) &&
      !derivedFromResult(analysis, node.argument, loop, results);
    // `const res = await request; await report(res); if (res.ok) return res;`: the awaited outcome
    // alone decides that success leaves, so later awaits only handle that outcome.
    if (exitDecidedByResult(analysis, current.block, awaited, loop, resultVariables(analysis, awaited))) return true;
    if (!isAttemptForLoop(analysis, awaited, loop) && containsInBody(current.block, otherWork)) return false;
    if (containsExit(current.block, loop, { after: awaited.range[0], throws: false })) return true;
    // `try { res = await request; } catch { …; continue; } await record(res); return true;`: the
    // code after the `try` always leaves the loop, so success does.
    if (exitsAfter(current, loop)) return true;
    // `ok = true` after the await, with `while (!ok)`: success ends the loop through its test;
    // so does `result = await p` with `while (!result)`.
    const loopTest = 'test' in loop ? loop.test : null;
    return (
      setsLoopTest(analysis, current.block, awaited, loop, results) ||
      (loopTest !== null && resultDecides(analysis, loopTest, false, awaited, results, loop))
    );
  }
  return false;
}

/**
 * True when `block` holds, after `awaited`, an `if` that always leaves the loop and whose test the
 * awaited result alone can make pass (`if (res.ok || !isRetryable(res.status)) return res;`), or a
 * `return` of the result itself (`const receipt = await delivery; await record(receipt); return
 * receipt;`). Only
 * the bindings the await itself gives count (`res` in `const res = await request`): a value derived
 * through more work (`await fetch(url, { headers: { authorization: await token } })`) is that
 * work's outcome.
 */
function exitDecidedByResult(
  analysis: Analysis,
  block: TSESTree.Node,
  awaited: TSESTree.AwaitExpression,
  loop: LoopNode,
  results: ReadonlySet<TSESLint.Scope.Variable>,
): boolean {
  if (results.size === 0) return false;
  const isResult = (node: TSESTree.Node | null): boolean => {
    const target = node && skipTypeWrappers(node);
    if (target?.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = variableOf(analysis, target);
    return variable !== null && results.has(variable);
  };
  return containsInBody(block, (node) => {
    if (node.range[0] < awaited.range[1]) return false;
    // `return receipt`: the attempt's outcome is the awaited promise's, whatever was done with it on the way.
    if (node.type === AST_NODE_TYPES.ReturnStatement) return isResult(node.argument);
    return (
      node.type === AST_NODE_TYPES.IfStatement &&
      alwaysExits(node.consequent, loop) &&
      resultDecides(analysis, node.test, true, awaited, results, loop)
    );
  });
}

/** True when a statement after `statement` in its block (the loop's body or a block in it) always leaves `loop`. */
function exitsAfter(statement: TSESTree.Node, loop: LoopNode): boolean {
  const block = statement.parent;
  if (block?.type !== AST_NODE_TYPES.BlockStatement) return false;
  return block.body.slice(block.body.indexOf(statement as TSESTree.Statement) + 1).some((item) => alwaysExits(item, loop));
}

/** True when `block` assigns, after `awaited`, a variable that the loop's test reads. */
function setsLoopTest(
  analysis: Analysis,
  block: TSESTree.Node,
  awaited: TSESTree.AwaitExpression,
  loop: LoopNode,
  results: ReadonlySet<TSESLint.Scope.Variable>,
): boolean {
  const test = loop.type === AST_NODE_TYPES.ForInStatement || loop.type === AST_NODE_TYPES.ForOfStatement ? null : loop.test;
  if (!test) return false;
  const tested = new Set(identifiersIn(test).map((identifier) => variableOf(analysis, identifier)));
  return containsInBody(block, (node) => {
    if (
      node.type !== AST_NODE_TYPES.AssignmentExpression ||
      node.range[0] < awaited.range[0] ||
      node.left.type !== AST_NODE_TYPES.Identifier
    )
      return false;
    const variable = variableOf(analysis, node.left);
    return variable !== null && tested.has(variable) && !results.has(variable);
  });
}

/** An `if` in the loop (after the await) whose test reads only the result and which leaves the loop on one branch. */
function isPoll(
  analysis: Analysis,
  awaited: TSESTree.AwaitExpression,
  loop: LoopNode,
  inTest: boolean,
  results: ReadonlySet<TSESLint.Scope.Variable>,
): boolean {
  if (doesOtherWork(analysis, loop, awaited, results)) return false;
  const loopTest = 'test' in loop ? loop.test : null;
  if (inTest) return loopTest !== null && resultDecides(analysis, loopTest, false, awaited, results, loop);
  // `caughtUp = await p; …` with `for (…; i < 30 && !caughtUp; …)`: the result ends the loop through its test.
  if (loopTest && resultDecides(analysis, loopTest, false, awaited, results, loop)) return true;
  const exits = { after: -1, throws: true };
  // `current = await status;` at the end of the body, into a local declared before the loop: the
  // checks at the top of the body read it on the next iteration.
  const carried = [...results].some(
    (variable) => variable.defs.every((def) => !within(def.name, loop)) && assignedBy(analysis, awaited, variable),
  );
  return containsInBody(loop.body, (node) => {
    if (node.range[1] < awaited.range[0] && !carried) return false;
    if (node.type === AST_NODE_TYPES.SwitchStatement) {
      // `switch (result.status) { case 'done': return result; … }`
      return (
        testedOnlyOnResult(analysis, node.discriminant, awaited, results, loop) &&
        node.cases.some((item) => containsExit(item, loop, exits))
      );
    }
    if (node.type !== AST_NODE_TYPES.IfStatement) return false;
    return (
      (containsExit(node.consequent, loop, exits) && resultDecides(analysis, node.test, true, awaited, results, loop)) ||
      (node.alternate !== null &&
        containsExit(node.alternate, loop, exits) &&
        resultDecides(analysis, node.test, false, awaited, results, loop))
    );
  });
}

/** True when `awaited` is the right side of `variable = await …`. */
function assignedBy(analysis: Analysis, awaited: TSESTree.AwaitExpression, variable: TSESLint.Scope.Variable): boolean {
  const parent = awaited.parent;
  return (
    parent.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.operator === '=' &&
    parent.left.type === AST_NODE_TYPES.Identifier &&
    variableOf(analysis, parent.left) === variable
  );
}

/** True when two `await`s start from the same binding. */
export function awaitsSame(analysis: Analysis, one: TSESTree.AwaitExpression, other: TSESTree.AwaitExpression): boolean {
  const a = awaitedBinding(one.argument);
  const b = awaitedBinding(other.argument);
  return a !== undefined && b !== undefined && variableOf(analysis, a) === variableOf(analysis, b);
}

/**
 * Helpers that only wait: `sleep(ms)`, `delay(ms)`, `timers.setTimeout(ms)`, `scheduler.wait(ms)`,
 * and in tests a fake clock moved on (`vi.advanceTimersByTimeAsync(1_000)`, `clock.tickAsync(ms)`).
 */
const waitingName =
  /^(sleep|delay|wait|pause|timeout|settimeout|backoff|advanceTimers\w*Async|tickAsync|runAllTimersAsync|runOnlyPendingTimersAsync)/i;

/** True for a call that only waits (a sleep helper, a `new Promise` around `setTimeout`), its failures caught or not. */
export function isWaitingCall(analysis: Analysis, node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.NewExpression) {
    return (
      target.callee.type === AST_NODE_TYPES.Identifier &&
      target.callee.name === 'Promise' &&
      /\bsetTimeout\b/.test(analysis.sourceCode.getText(target))
    );
  }
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeWrappers(target.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
  // `sleep(ms, undefined, { signal }).catch(() => undefined)`: a wait that an abort may cut short
  if (callee.type === AST_NODE_TYPES.MemberExpression && (name === 'catch' || name === 'finally')) {
    return isWaitingCall(analysis, callee.object);
  }
  return name !== undefined && waitingName.test(name);
}

/**
 * True when the loop body does work of its own on each iteration besides re-checking the promise:
 * other `await`s than waits, or reads of values that change per iteration (an item, an index),
 * other than in waits, logging, counters and exit guards. Such a loop awaits the promise as a gate.
 */
function doesOtherWork(
  analysis: Analysis,
  loop: LoopNode,
  awaited: TSESTree.AwaitExpression,
  results: ReadonlySet<TSESLint.Scope.Variable>,
): boolean {
  let work = false;
  // Inside a branch that always leaves the loop, awaits are the exit's own work (`if (res.ok) return await res.json();`).
  let exiting = false;
  // Inside a branch taken on the outcome (`if (speechMs > max) { await nick(pipe); continue; }`), or an
  // await given the outcome (`await adjust(pipe, cents)`): a correction the loop then re-checks, expecting
  // a fresh outcome. Reads of per-iteration values in it still count as work.
  let reacting = false;
  // Only an awaited action whose value is dropped (`await adjust(pipe, cents);`): a fresh check
  // whose value decides the loop (`if (!(await extend(token))) throw …`) is the loop's own poll.
  const isCorrection = (node: TSESTree.AwaitExpression): boolean =>
    results.size > 0 && node.parent.type === AST_NODE_TYPES.ExpressionStatement;
  const readsResult = (node: TSESTree.Node): boolean =>
    identifiersIn(node).some((identifier) => {
      const variable = variableOf(analysis, identifier);
      return variable !== null && results.has(variable);
    });
  const visitExit = (branch: TSESTree.Node): void => {
    const outer = exiting;
    exiting ||= alwaysExits(branch, loop);
    visit(branch);
    exiting = outer;
  };
  const visit = (node: TSESTree.Node, allowReads = false): void => {
    if (work || isNestedCode(node)) return;
    switch (node.type) {
      case AST_NODE_TYPES.AwaitExpression:
        // The reused promise itself is no other work, even when some turns write it anew.
        if (node === awaited) return;
        if (
          !exiting &&
          !awaitsSame(analysis, node, awaited) &&
          !isWaitingCall(analysis, node.argument) &&
          !(isCorrection(node) && (reacting || readsResult(node.argument)))
        )
          work = true;
        break;
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        if (isWaitingCall(analysis, node) || isLoggingCall(node)) return;
        break;
      case AST_NODE_TYPES.IfStatement:
        if (
          containsExit(node.consequent, loop, { after: -1, throws: true }) ||
          (node.alternate && containsExit(node.alternate, loop, { after: -1, throws: true }))
        ) {
          visit(node.test, true);
          visitExit(node.consequent);
          if (node.alternate) visitExit(node.alternate);
          return;
        }
        if (results.size > 0 && readsResult(node.test)) {
          const outer = reacting;
          reacting = true;
          visit(node.test, true);
          visit(node.consequent);
          if (node.alternate) visit(node.alternate);
          reacting = outer;
          return;
        }
        break;
      case AST_NODE_TYPES.UpdateExpression:
        return;
      case AST_NODE_TYPES.AssignmentExpression:
        // `interval = Math.min(interval * 1.5, 15_000)`: a back-off stepping itself, like a counter
        if (isSelfStep(node)) return;
        visit(node.right, allowReads);
        return;
      case AST_NODE_TYPES.VariableDeclarator:
        if (node.init) visit(node.init, allowReads);
        return;
      case AST_NODE_TYPES.MemberExpression:
        visit(node.object, allowReads);
        if (node.computed) visit(node.property, allowReads);
        return;
      case AST_NODE_TYPES.Property:
        if (node.computed) visit(node.key, allowReads);
        visit(node.value, allowReads);
        return;
      case AST_NODE_TYPES.Identifier:
        if (!allowReads && variesPerIteration(analysis, node, loop, results) && !isCounterRead(analysis, node, loop)) work = true;
        return;
      default:
        break;
    }
    for (const child of childNodes(node)) visit(child, allowReads);
  };
  visit(loop.body);
  return work;
}

/**
 * True when `node` reads the counter of the `for` loop itself (`poll` in `for (let poll = 0; …;
 * poll++)`), and not as an index (`items[poll]`): a progress message or a back-off built from the
 * attempt number is bookkeeping, while an item read by the counter is work.
 */
function isCounterRead(analysis: Analysis, node: TSESTree.Identifier, loop: LoopNode): boolean {
  if (isTallyRead(analysis, node, loop)) return true;
  if (loop.type !== AST_NODE_TYPES.ForStatement || loop.init?.type !== AST_NODE_TYPES.VariableDeclaration) return false;
  const variable = variableOf(analysis, node);
  const declared = variable?.defs[0]?.node;
  if (!variable || !declared || !loop.init.declarations.some((declarator) => declarator === declared)) return false;
  // written only by the loop's update
  const writes = variable.references.filter((reference) => reference.isWrite() && !reference.init);
  if (
    !writes.every(
      (reference) =>
        loop.update && reference.identifier.range[0] >= loop.update.range[0] && reference.identifier.range[1] <= loop.update.range[1],
    )
  )
    return false;
  const parent = node.parent;
  return !(parent.type === AST_NODE_TYPES.MemberExpression && parent.computed && parent.property === node);
}

/**
 * True when `node` reads a tally the loop keeps (`polls` in `polls++; if (polls % 10 === 0) log(…)`):
 * a variable declared before the loop whose every write is `++`, `--` or a self-step, read other
 * than as an index. Bookkeeping, like a `for` loop's own counter.
 */
function isTallyRead(analysis: Analysis, node: TSESTree.Identifier, loop: LoopNode): boolean {
  const variable = variableOf(analysis, node);
  const declared = variable?.defs[0]?.name;
  if (!variable || !declared || declared.range[1] > loop.range[0]) return false;
  const writes = variable.references.filter((reference) => reference.isWrite() && !reference.init);
  const isStep = (identifier: TSESTree.Node): boolean => {
    const parent = identifier.parent;
    return (
      parent?.type === AST_NODE_TYPES.UpdateExpression ||
      (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === identifier && isSelfStep(parent))
    );
  };
  if (writes.length === 0 || !writes.every((reference) => isStep(reference.identifier))) return false;
  const parent = node.parent;
  return !(parent.type === AST_NODE_TYPES.MemberExpression && parent.computed && parent.property === node);
}

/**
 * True for `x = <expression of x, literals and Math calls>` (`delay = Math.min(delay * 2, max)`):
 * a variable stepping from its own value, as a back-off or a counter does.
 */
function isSelfStep(assignment: TSESTree.AssignmentExpression): boolean {
  const target = assignment.left;
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  let reads = 0;
  const pure = (node: TSESTree.Node): boolean => {
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return true;
      case AST_NODE_TYPES.Identifier:
        if (node.name !== target.name) return false;
        reads += 1;
        return true;
      case AST_NODE_TYPES.BinaryExpression:
        return node.left.type !== AST_NODE_TYPES.PrivateIdentifier && pure(node.left) && pure(node.right);
      case AST_NODE_TYPES.UnaryExpression:
        return pure(node.argument);
      case AST_NODE_TYPES.CallExpression: {
        const callee = node.callee;
        return (
          callee.type === AST_NODE_TYPES.MemberExpression &&
          callee.object.type === AST_NODE_TYPES.Identifier &&
          callee.object.name === 'Math' &&
          node.arguments.every((argument) => argument.type !== AST_NODE_TYPES.SpreadElement && pure(argument))
        );
      }
      default:
        return false;
    }
  };
  return pure(assignment.right) && (reads > 0 || assignment.operator !== '=');
}

/** True when `variable` is awaited (in the function that runs `loop`) before the loop starts. */
function awaitedBefore(variable: TSESLint.Scope.Variable, loop: LoopNode): boolean {
  const owner = ownerOf(loop);
  return variable.references.some((reference) => {
    const identifier = reference.identifier;
    if (identifier.range[1] > loop.range[0] || ownerOf(identifier) !== owner) return false;
    for (let current: TSESTree.Node | undefined = identifier.parent; current && current !== owner; current = current.parent) {
      if (current.type === AST_NODE_TYPES.AwaitExpression) return awaitedBinding(current.argument) === identifier;
    }
    return false;
  });
}

/** True when the loop body runs at most once: `do { … } while (false)`. */
function runsOnce(loop: LoopNode): boolean {
  return loop.type === AST_NODE_TYPES.DoWhileStatement && loop.test.type === AST_NODE_TYPES.Literal && !loop.test.value;
}

/**
 * The reused promise in `await p` (or `await p.then(…)`), when `p` is a promise binding declared
 * outside the loop, not reassigned during it, and the loop's continuation depends on its outcome.
 */
export function reusedSettledPromise(analysis: Analysis, awaited: TSESTree.AwaitExpression): ReusedPromise | undefined {
  const reference = awaitedBinding(awaited.argument) ?? wrappedBinding(analysis, awaited.argument);
  if (!reference) return undefined;
  const place = iteratingLoop(awaited);
  if (!place || runsOnce(place.loop)) return undefined;
  const { loop, inTest } = place;
  const variable = variableOf(analysis, reference);
  const def = variable?.defs[0];
  if (!variable || !def || (def.type !== 'Parameter' && def.type !== 'Variable')) return undefined;
  if (
    variable.defs.some((item) => within(item.name, loop)) ||
    (writtenDuringLoop(variable, loop) && !skipsWriteOnSomeTurn(variable, loop, awaited))
  )
    return undefined;
  if (thenableKindOf(analysis, reference) === false) return undefined;
  const results = derivedResults(analysis, awaited, loop, resultVariables(analysis, awaited));
  // The rest of the body must be able to reach the next iteration (a `try` whose `catch` goes on can).
  if (!inTest && !reachesNextIteration(bodyStatementsFrom(loop, awaited), loop)) return undefined;
  let shape: ReuseShape | undefined;
  if (isRetry(analysis, awaited, loop, results)) shape = 'retry';
  else if (isPoll(analysis, awaited, loop, inTest, results)) shape = 'poll';
  else if (!inTest && consumesResult(analysis, awaited, loop, results, variable)) shape = 'consume';
  // Awaited before the loop: a retry has had its one outcome already (a rejection left before the
  // loop). A poll has not: a first value that does not end the loop never will.
  if (!shape || (shape !== 'poll' && awaitedBefore(variable, loop))) return undefined;
  return { reference, variable, region: loop, shape, passedOn: [] };
}

/**
 * `waitUntil(async () => (await health).ok)`: a callback handed to a helper of this file that
 * calls it again on each turn of a loop (a poll or retry helper) awaits a promise the code around
 * it started once (`const health = fetch(url)`). Every call sees the same outcome: the poll never
 * sees a change, the retry retries nothing. The callback must return something the await decides
 * (the helper tests it); the promise is a `const` of the function around the callback, made by a
 * call and never written again.
 */
export function reusedByRepeatedCallback(analysis: Analysis, awaited: TSESTree.AwaitExpression): ReusedPromise | undefined {
  const reference = awaitedBinding(awaited.argument);
  if (!reference || iteratingLoop(awaited)) return undefined;
  let callback: TSESTree.Node | undefined = awaited.parent;
  while (callback && !isFunctionNode(callback)) callback = callback.parent;
  if (!callback || !isFunctionNode(callback) || !callback.async) return undefined;
  const call = callback.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(callback as TSESTree.CallExpressionArgument))
    return undefined;
  const returns =
    callback.body.type !== AST_NODE_TYPES.BlockStatement
      ? within(awaited, callback.body)
      : containsInBody(callback.body, (node) => node.type === AST_NODE_TYPES.ReturnStatement && !!node.argument && within(awaited, node));
  if (!returns) return undefined;
  const variable = variableOf(analysis, reference);
  const declarator = variable?.defs[0]?.node;
  if (!variable || declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.parent.kind !== 'const' || !declarator.init)
    return undefined;
  const init = skipTypeWrappers(declarator.init);
  if (init.type !== AST_NODE_TYPES.CallExpression && init.type !== AST_NODE_TYPES.NewExpression) return undefined;
  if (within(declarator, callback) || thenableKindOf(analysis, reference) === false) return undefined;
  const helper = localHelperOf(analysis, call);
  const index = call.arguments.indexOf(callback as TSESTree.CallExpressionArgument);
  if (!helper || !callsParameterInLoop(analysis, helper, index)) return undefined;
  return { reference, variable, region: callback, shape: 'poll', passedOn: [] };
}

/** The function of this file a call resolves to (a declaration or a `const` arrow), when its body is in sight. */
export function localHelperOf(analysis: Analysis, call: TSESTree.CallExpression): FunctionNode | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(analysis, callee);
  const def = variable?.defs[0];
  if (!def || variable.defs.length !== 1) return undefined;
  if (def.node.type === AST_NODE_TYPES.FunctionDeclaration) return def.node;
  if (def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.parent.kind === 'const' && isFunctionNode(def.node.init ?? undefined))
    return def.node.init as FunctionNode;
  return undefined;
}

/** True when `fn` calls its parameter at `index` inside a loop of its own body. */
export function callsParameterInLoop(analysis: Analysis, fn: FunctionNode, index: number): boolean {
  const parameter = fn.params[index];
  if (parameter?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(analysis, parameter);
  return (
    variable?.references.some((item) => {
      const read = item.identifier;
      return (
        read.parent?.type === AST_NODE_TYPES.CallExpression &&
        read.parent.callee === read &&
        iteratingLoop(read.parent) !== undefined &&
        within(read, fn)
      );
    }) ?? false
  );
}

/** The name by which a function calls itself: its own name, the variable it is assigned to, or `this.<method>`. */
export function selfCallee(fn: TSESTree.Node): { name: string; onThis: boolean } | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration || fn.type === AST_NODE_TYPES.FunctionExpression) {
    if (fn.id) return { name: fn.id.name, onThis: false };
  }
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier)
    return { name: parent.id.name, onThis: false };
  if (
    (parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.PropertyDefinition) &&
    parent.key.type === AST_NODE_TYPES.Identifier &&
    !parent.computed
  ) {
    return { name: parent.key.name, onThis: true };
  }
  return undefined;
}

/**
 * `await p` in a `try` of a function whose `catch` retries by calling the function again with the
 * same parameter `p`: each call awaits the same settled promise.
 */
export function reusedByRecursion(analysis: Analysis, awaited: TSESTree.AwaitExpression): ReusedPromise | undefined {
  const reference = awaitedBinding(awaited.argument);
  if (!reference || iteratingLoop(awaited)) return undefined;
  const variable = variableOf(analysis, reference);
  const def = variable?.defs[0];
  if (!variable || def?.type !== 'Parameter' || !isFunctionNode(def.node) || ownerOf(awaited) !== def.node) return undefined;
  const fn = def.node;
  const index = fn.params.indexOf(def.name as TSESTree.Parameter);
  const self = selfCallee(fn);
  if (index < 0 || !self || variable.references.some((item) => item.isWrite())) return undefined;
  if (thenableKindOf(analysis, reference) === false) return undefined;
  let handler: TSESTree.BlockStatement | undefined;
  for (
    let child: TSESTree.Node = awaited, current: TSESTree.Node | undefined = awaited.parent;
    current && current !== fn;
    child = current, current = current.parent
  ) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child && current.handler) {
      handler = current.handler.body;
      break;
    }
  }
  if (!handler) return undefined;
  const passedOn = selfCallsPassing(analysis, handler, self, index, variable);
  return passedOn.length > 0 ? { reference, variable, region: fn, shape: 'retry', passedOn } : undefined;
}

/**
 * The arguments of the calls in `body` by which the function named `self` calls itself with
 * `variable` again at position `index` (`retry(p, n - 1)`, `this.poll(p)`).
 */
export function selfCallsPassing(
  analysis: Analysis,
  body: TSESTree.Node,
  self: { name: string; onThis: boolean },
  index: number,
  variable: TSESLint.Scope.Variable,
): TSESTree.Identifier[] {
  const passedOn: TSESTree.Identifier[] = [];
  containsInBody(body, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = skipTypeWrappers(node.callee);
    const named = self.onThis
      ? callee.type === AST_NODE_TYPES.MemberExpression &&
        callee.object.type === AST_NODE_TYPES.ThisExpression &&
        memberName(callee) === self.name
      : callee.type === AST_NODE_TYPES.Identifier && callee.name === self.name;
    const argument = node.arguments[index];
    if (named && argument?.type === AST_NODE_TYPES.Identifier && variableOf(analysis, argument) === variable) passedOn.push(argument);
    return false;
  });
  return passedOn;
}

/** A promise kept in a property of `this`, awaited in a loop that never replaces it. */
export interface ReusedProperty {
  reference: TSESTree.MemberExpression;
  name: string;
  region: TSESTree.Node;
  shape: 'retry' | 'poll';
}

/**
 * `this.connecting ??= openSession(…); for (;;) { try { return await this.connecting; } catch { await wait(…); } }`:
 * the same reading for a promise held in a property of `this`. The loop must leave the property
 * alone: no write to it (`=`, `??=`, `delete`), no call of a method on `this` and no hand-over of
 * `this` (either could replace it), in the body or in functions written in it.
 */
export function reusedSettledProperty(analysis: Analysis, awaited: TSESTree.AwaitExpression): ReusedProperty | undefined {
  const argument = skipTypeWrappers(awaited.argument);
  const name = thisMemberName(argument);
  if (name === undefined || argument.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const place = iteratingLoop(awaited);
  if (!place || place.inTest || runsOnce(place.loop)) return undefined;
  const { loop } = place;
  if (thenableKindOf(analysis, argument) === false) return undefined;
  const writers = methodsWriting(loop, name);
  const replaced = walk(
    loop,
    (node) => {
      const written =
        (node.type === AST_NODE_TYPES.AssignmentExpression && thisMemberName(node.left) === name) ||
        (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'delete' && thisMemberName(node.argument) === name);
      // `if (attempt >= max) { this.connecting = undefined; throw err; }`: cleared on the way out.
      if (written && !leavesLoopAfter(node, loop)) return 'stop';
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const method = thisMemberName(skipTypeWrappers(node.callee));
        if (method !== undefined && writers.has(method)) return 'stop';
        if (node.arguments.some((item) => item.type === AST_NODE_TYPES.ThisExpression)) return 'stop';
      }
      return undefined;
    },
    { nested: true },
  );
  if (replaced) return undefined;
  const results = derivedResults(analysis, awaited, loop, resultVariables(analysis, awaited));
  if (!reachesNextIteration(bodyStatementsFrom(loop, awaited), loop)) return undefined;
  const shape = isRetry(analysis, awaited, loop, results) ? 'retry' : isPoll(analysis, awaited, loop, false, results) ? 'poll' : undefined;
  return shape && { reference: argument, name: `this.${name}`, region: loop, shape };
}

/** The methods of the class around `node` that write `this.<name>` anywhere in their bodies. */
function methodsWriting(node: TSESTree.Node, name: string): Set<string> {
  const found = new Set<string>();
  const body = enclosingClassBody(node);
  if (!body) return found;
  for (const member of body.body) {
    if (
      (member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition) ||
      member.key.type !== AST_NODE_TYPES.Identifier ||
      !member.value
    )
      continue;
    const writes = walk(
      member.value,
      (inner) => (inner.type === AST_NODE_TYPES.AssignmentExpression && thisMemberName(inner.left) === name ? 'stop' : undefined),
      { nested: true },
    );
    if (writes) found.add(member.key.name);
  }
  return found;
}

/** True when the statement holding `node` sits in a block of `loop` that always leaves it afterwards. */
function leavesLoopAfter(node: TSESTree.Node, loop: LoopNode): boolean {
  for (let current: TSESTree.Node | undefined = node; current && current !== loop; current = current.parent) {
    if (isFunctionNode(current)) return false;
    const block = current.parent;
    if (block?.type === AST_NODE_TYPES.BlockStatement) {
      const index = block.body.indexOf(current as TSESTree.Statement);
      return block.body.slice(index + 1).some((statement) => alwaysExits(statement, loop));
    }
  }
  return false;
}
