import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { isTestCode } from '../scope/test-code.js';
import { argumentsAtCallSites } from '../scope/call-sites.js';
import { declaratorOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import { isLoggingCall, isLoggingFunction, isTestAssertionCall, namesTeardown } from '../syntax/calls.js';
import { alwaysExits } from '../syntax/exits.js';
import type { FunctionNode, LoopNode } from '../syntax/nodes.js';
import { enclosingFunction, enclosingLoop, isFunctionNode, memberName, skipTypeWrappers, throughFinally } from '../syntax/nodes.js';
import { containsInBody, walk } from '../syntax/walk.js';
import { endsFunction, isAwaitedInStatement, isDiscarded } from '../syntax/statements.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { includesNullish, thenableKindOfType } from '../types/thenables.js';
import type { AbortLeak } from './abort-handlers.js';
import { abortLeaks } from './abort-handlers.js';
import { awaitedInitializers, signalUsesIn, signalUseText, suspendsOrChecks } from './signal-uses.js';
import { signalsInHand, timedControllerSources } from './signals-in-hand.js';

/*
 * Which error handlers take the abort of signal-aware work for a normal ending? A `catch` clause
 * guards its `try` block (and the initializers of locals awaited there), a `.catch(…)` or
 * `.then(…, onRejected)` handler guards the promise it is attached to (and the initializer of a
 * local holding it). When the guarded work receives a signal that can abort from outside, a
 * handler that lets the abort leave normally makes an aborted operation look like a success, and
 * inside a loop that waits for the work, the loop goes round again. A handler on a promise that
 * nothing waits for cannot be mistaken for a success. The signal to check in such a handler is a
 * plain reference handed to the guarded work that reads the same there.
 */

/** A handler that lets an abort end normally: the code it guards, and whether its loop goes round again after the abort. */
interface Swallowing {
  region: TSESTree.Node[];
  repeats: boolean;
}

/** The `catch` clause's guarded region and the ways an abort leaves it normally, when the `try` block runs signal-aware work and some way does. */
export function swallowingCatch(analysis: Analysis, clause: TSESTree.CatchClause): (Swallowing & { leaks: AbortLeak[] }) | undefined {
  const tryStatement = clause.parent;
  const region = [tryStatement.block, ...awaitedInitializers(analysis, tryStatement.block)];
  if (!suspendsOrChecks(tryStatement.block)) return undefined;
  if (!region.some((node) => signalUsesIn(analysis, node).length > 0) && !runsSignalledCallback(analysis, tryStatement.block))
    return undefined;
  if (handlesAbortAsEnding(analysis, tryStatement.block, region)) return undefined;
  const param = clause.param;
  const error = param?.type === AST_NODE_TYPES.Identifier ? param.name : undefined;
  if (param?.type === AST_NODE_TYPES.Identifier && keepsErrorForTest(analysis, clause, param)) return undefined;
  const loop = enclosingLoop(tryStatement);
  const options = { conversions: true, completions: completionsOf(analysis, tryStatement.block), ...(loop ? { loop } : {}) };
  const leaks = abortLeaks(analysis, clause.body, error, options)
    // `if (!signal.aborted) log(error)` as the function's last step: the function ends because it aborted.
    .filter((leak) => !(leak.known && leak.kind === 'fallthrough' && endsFunction(tryStatement)))
    // `while (!signal.aborted) { try { … } catch { log(e); continue; } }`: going round again is where the abort is seen.
    .filter((leak) => !goesToLoopTestOnSignal(analysis, tryStatement, leak, region))
    // `catch (e) { last = e; await sleep(backoff, undefined, { signal }); }`: the back-off waits on the aborted signal and throws again.
    .filter((leak) => !(leak.kind === 'continue' || leak.kind === 'fallthrough') || !waitsOnSignalBefore(analysis, clause, leak, region))
    // `catch (e) { last = e; break; }` then `throw last;` after the loop: the abort leaves all the same.
    .filter((leak) => leak.kind !== 'break' || !rethrownAfterLoop(analysis, clause, leak, error));
  if (leaks.length === 0) return undefined;
  // `return` and `break` leave the loop; `continue` and falling off the handler go round again.
  const repeats =
    enclosingLoop(tryStatement) !== undefined && leaks.some((leak) => leak.kind === 'continue' || leak.kind === 'fallthrough');
  return { region, leaks, repeats };
}

/**
 * True when `block` calls, outside nested functions, a callback its function received
 * (`return await fn(attempt)` in a generic `retry(fn)`), and a caller in the file hands that
 * parameter a function written there whose work receives a signal (`retry(() => postOrder(order,
 * signal))`): the helper's `try` guards that signal-aware work, and its handler decides what an
 * abort of it becomes. Callers are found as for parameter rewrites (`argumentsAtCallSites`).
 */
function runsSignalledCallback(analysis: Analysis, block: TSESTree.BlockStatement): boolean {
  const fn = enclosingFunction(block);
  if (!fn) return false;
  const found = walk(block, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = skipTypeWrappers(node.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
    const index = fn.params.findIndex((param) => param.type === AST_NODE_TYPES.Identifier && param.name === callee.name);
    if (index < 0 || variableOf(analysis, callee)?.defs[0]?.name !== fn.params[index]) return undefined;
    const passed = argumentsAtCallSites(analysis, fn, index) ?? [];
    return passed.some((argument) => isFunctionNode(argument) && passesOuterSignal(analysis, argument)) ? 'stop' : undefined;
  });
  // A helper that takes a signal of its own (`{ signal }` options, a linked controller) is judged on
  // what it does with it, as any other handler around work given that signal.
  return found && !signalsInHand(analysis, fn).some((signal) => signal.source === 'parameter');
}

/**
 * True when `callback` hands signal-aware work a signal from outside it: the caller's (`() =>
 * fetch(url, { signal })`), not one the helper gives it (`(signal) => fetchPage(n, signal)`).
 */
function passesOuterSignal(analysis: Analysis, callback: FunctionNode): boolean {
  return signalUsesIn(analysis, callback.body).some((use) => {
    let root: TSESTree.Node = use.node;
    while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
    if (root.type !== AST_NODE_TYPES.Identifier) return root.type === AST_NODE_TYPES.ThisExpression;
    const declared = variableOf(analysis, root)?.defs[0]?.name;
    return declared !== undefined && (declared.range[0] < callback.range[0] || declared.range[1] > callback.range[1]);
  });
}

/**
 * In test code, a `catch` that keeps the error in a local declared outside the `try` (`caught =
 * err;`) that the test reads after it in an assertion (`expect(caught).toBeInstanceOf(…)`): the test
 * catches the abort to look at it, the way `await expect(p).rejects` does. A retry helper in a test
 * file that keeps the last error only to wrap it (`throw new Error(…, { cause: lastErr })`) looks at
 * nothing: its loop goes on after an abort like any other.
 */
function keepsErrorForTest(analysis: Analysis, clause: TSESTree.CatchClause, param: TSESTree.Identifier): boolean {
  if (!isTestCode(analysis)) return false;
  const tryStatement = clause.parent;
  return (
    variableOf(analysis, param)?.references.some((reference) => {
      const assignment = reference.identifier.parent;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.right !== reference.identifier) return false;
      if (assignment.left.type !== AST_NODE_TYPES.Identifier) return false;
      const kept = variableOf(analysis, assignment.left);
      const declared = kept?.defs[0]?.name;
      if (!kept || !declared || declared.range[0] >= tryStatement.range[0]) return false;
      return kept.references.some((use) => use.isRead() && use.identifier.range[0] > tryStatement.range[1] && isAsserted(use.identifier));
    }) ?? false
  );
}

/**
 * True when the `try` block itself tests `.aborted` of a signal its work receives, after that
 * work, and goes on without throwing (`await settledOrAborted(work(), signal); if (signal.aborted)
 * log('cut off')`): the code expects the work to end normally on an abort and handles it there, so
 * what reaches the `catch` is taken for a failure of the work, not an abort.
 */
function handlesAbortAsEnding(analysis: Analysis, block: TSESTree.BlockStatement, region: TSESTree.Node[]): boolean {
  const signals = signalTexts(analysis, region);
  const firstAwait = block.body.findIndex((statement) => containsInBody(statement, (node) => node.type === AST_NODE_TYPES.AwaitExpression));
  if (firstAwait < 0) return false;
  return block.body
    .slice(firstAwait + 1)
    .some(
      (statement) =>
        statement.type === AST_NODE_TYPES.IfStatement &&
        readsAborted(analysis, statement.test, signals) &&
        !containsInBody(
          statement.consequent,
          (node) =>
            node.type === AST_NODE_TYPES.ThrowStatement ||
            (node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'throwIfAborted'),
        ),
    );
}

/** The text of every signal the guarded work receives (`signal`, `this.#controller.signal`). */
function signalTexts(analysis: Analysis, region: TSESTree.Node[]): Set<string> {
  return new Set(region.flatMap((node) => signalUsesIn(analysis, node)).map((use) => signalUseText(analysis, use)));
}

/** True when `test` reads `.aborted` of one of `signals`. */
function readsAborted(analysis: Analysis, test: TSESTree.Node, signals: Set<string>): boolean {
  return walk(test, (node) =>
    node.type === AST_NODE_TYPES.MemberExpression &&
    memberName(node) === 'aborted' &&
    signals.has(analysis.sourceCode.getText(skipTypeWrappers(node.object)))
      ? 'stop'
      : undefined,
  );
}

/**
 * True when the leak reaches the loop's next abort check with only bookkeeping on the way: a
 * `continue` of the loop around the `try` (or a `break` of it, which leaves as that check would), or
 * falling off the handler followed by statements that
 * neither wait nor start asynchronous work (`rounds += 1`), then the loop's test reading `.aborted`
 * of a signal the guarded work receives (`while (!signal.aborted)`), or, for a loop that only ever
 * goes round again (`for (;;)`, `while (true)`), an abort test at the top of its body that leaves
 * (`if (signal.aborted) break;`, `signal.throwIfAborted()`). Stopping there is the loop's normal
 * way out, so nothing mistakes the abort for a success.
 */
function goesToLoopTestOnSignal(
  analysis: Analysis,
  tryStatement: TSESTree.TryStatement,
  leak: AbortLeak,
  region: TSESTree.Node[],
): boolean {
  const loop = enclosingLoop(tryStatement);
  if (
    loop?.type !== AST_NODE_TYPES.WhileStatement &&
    loop?.type !== AST_NODE_TYPES.DoWhileStatement &&
    loop?.type !== AST_NODE_TYPES.ForStatement
  )
    return false;
  if (leak.kind === 'continue' || leak.kind === 'break') {
    if ((leak.node as TSESTree.ContinueStatement | TSESTree.BreakStatement).label || enclosingLoop(leak.node) !== loop) return false;
    // `while (!signal.aborted) { …; try { await sleep(ms, undefined, { signal }); } catch { break; } }`: leaving
    // now is what the test would do next; a loop that only goes round has no such test to stand for.
    if (leak.kind === 'break') return loop.test !== null && readsAborted(analysis, loop.test, signalTexts(analysis, region));
  } else if (leak.kind === 'fallthrough') {
    const rest = statementsAfter(tryStatement, loop);
    if (tryStatement.finalizer) rest?.unshift(tryStatement.finalizer);
    if (!rest?.every((statement) => isBookkeeping(analysis, statement))) return false;
  } else {
    return false;
  }
  if (loop.type === AST_NODE_TYPES.ForStatement && loop.update && !isBookkeeping(analysis, loop.update)) return false;
  const signals = signalTexts(analysis, region);
  if (loop.test && readsAborted(analysis, loop.test, signals)) return true;
  // The test cannot end the loop (absent or `true`): the next check is the top of the body. A test
  // that can (`attempt <= max`) must be followed by a `throw` after the loop, so that the last turn's
  // abort leaves as an error too (`throw new Error('gave up', { cause: lastError })`).
  const goesRound = !loop.test || (loop.test.type === AST_NODE_TYPES.Literal && loop.test.value === true);
  if ((!goesRound && !throwsAfter(analysis, loop)) || loop.type === AST_NODE_TYPES.DoWhileStatement) return false;
  const body = loop.body.type === AST_NODE_TYPES.BlockStatement ? loop.body.body : [loop.body];
  for (const statement of body) {
    if (isLeavingAbortCheck(analysis, statement, loop, signals)) return true;
    if (!isBookkeeping(analysis, statement)) return false;
  }
  return false;
}

/** True when the statements after `loop` in its block reach a `throw` past bookkeeping only. */
function throwsAfter(analysis: Analysis, loop: TSESTree.Node): boolean {
  const block = loop.parent;
  if (block?.type !== AST_NODE_TYPES.BlockStatement) return false;
  for (const next of block.body.slice(block.body.indexOf(loop as TSESTree.Statement) + 1)) {
    if (next.type === AST_NODE_TYPES.ThrowStatement) return true;
    if (!isBookkeeping(analysis, next)) return false;
  }
  return false;
}

/**
 * True when the handler, before the place where an abort goes round again, awaits (at its top
 * level, on every path) work handed one of the signals the guarded work got: that signal has
 * aborted, so the wait rejects at once and the abort leaves the loop after all.
 */
function waitsOnSignalBefore(analysis: Analysis, clause: TSESTree.CatchClause, leak: AbortLeak, region: TSESTree.Node[]): boolean {
  const signals = signalTexts(analysis, region);
  return clause.body.body.some(
    (statement) =>
      (leak.kind === 'fallthrough' || statement.range[1] <= leak.node.range[0]) && isAwaitOfSignalled(analysis, statement, signals),
  );
}

/**
 * True when a `break` out of the loop around the `try` reaches, past bookkeeping, `throw last`
 * where the handler stored the caught error in `last` before the `break` (at its top level).
 */
function rethrownAfterLoop(analysis: Analysis, clause: TSESTree.CatchClause, leak: AbortLeak, error: string | undefined): boolean {
  const loop = enclosingLoop(clause.parent);
  if (!error || !loop || enclosingLoop(leak.node) !== loop || (leak.node as TSESTree.BreakStatement).label) return false;
  const stored = clause.body.body.flatMap((statement) => {
    if (statement.range[1] > leak.node.range[0] || statement.type !== AST_NODE_TYPES.ExpressionStatement) return [];
    const assignment = statement.expression;
    return assignment.type === AST_NODE_TYPES.AssignmentExpression &&
      assignment.operator === '=' &&
      assignment.left.type === AST_NODE_TYPES.Identifier &&
      assignment.right.type === AST_NODE_TYPES.Identifier &&
      assignment.right.name === error
      ? [assignment.left.name]
      : [];
  });
  const block = loop.parent;
  if (stored.length === 0 || block?.type !== AST_NODE_TYPES.BlockStatement) return false;
  for (const next of block.body.slice(block.body.indexOf(loop as TSESTree.Statement) + 1)) {
    if (next.type === AST_NODE_TYPES.ThrowStatement)
      return next.argument.type === AST_NODE_TYPES.Identifier && stored.includes(next.argument.name);
    if (!isBookkeeping(analysis, next)) return false;
  }
  return false;
}

/** `await work(…, { signal })` as a statement or a declaration's initializer, `signal` being one of `signals`. */
function isAwaitOfSignalled(analysis: Analysis, statement: TSESTree.Node, signals: Set<string>): boolean {
  let expression: TSESTree.Node | null | undefined;
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) expression = statement.expression;
  else if (statement.type === AST_NODE_TYPES.VariableDeclaration && statement.declarations.length === 1)
    expression = statement.declarations[0]?.init;
  if (expression?.type === AST_NODE_TYPES.AssignmentExpression) expression = expression.right;
  if (expression?.type !== AST_NODE_TYPES.AwaitExpression) return false;
  const awaited = skipTypeWrappers(expression.argument);
  if (awaited.type !== AST_NODE_TYPES.CallExpression && awaited.type !== AST_NODE_TYPES.NewExpression) return false;
  return signalUsesIn(analysis, awaited).some((use) => signals.has(signalUseText(analysis, use)));
}

/**
 * True when the statement holding `node` is followed, with only bookkeeping in between, by an
 * abort test of one of `signals` that leaves (`if (signal.aborted) return;`,
 * `signal.throwIfAborted();`), or by the end of a loop whose test reads it
 * (`while (!signal.aborted)`), or by a `continue` of that loop: the abort the handler let through
 * is seen there, and the code stops as the caller asked.
 */
function abortSeenNext(analysis: Analysis, node: TSESTree.Node, signals: Set<string>): boolean {
  let statement: TSESTree.Node = node;
  while (statement.parent && statement.parent.type !== AST_NODE_TYPES.BlockStatement && !isFunctionNode(statement.parent))
    statement = statement.parent;
  const block = statement.parent;
  if (block?.type !== AST_NODE_TYPES.BlockStatement) return false;
  const loop = enclosingLoop(statement);
  let continues = false;
  for (const next of block.body.slice(block.body.indexOf(statement as TSESTree.Statement) + 1)) {
    if (isLeavingAbortCheck(analysis, next, loop as LoopNode | undefined, signals)) return true;
    // `…catch(() => undefined); continue;` in `while (!signal.aborted)`: the loop's test comes next.
    if (next.type === AST_NODE_TYPES.ContinueStatement && !next.label && enclosingLoop(next) === loop) {
      continues = true;
      break;
    }
    if (!isBookkeeping(analysis, next)) return false;
  }
  // The end of the body of `while (!signal.aborted)`: the loop's own test is the next check.
  if (loop?.type !== AST_NODE_TYPES.WhileStatement && loop?.type !== AST_NODE_TYPES.ForStatement) return false;
  if (loop.type === AST_NODE_TYPES.ForStatement && loop.update && !isBookkeeping(analysis, loop.update)) return false;
  const rest = continues ? [] : statementsAfter(statement, loop);
  return (
    rest !== undefined &&
    rest.every((next) => isBookkeeping(analysis, next)) &&
    loop.test !== null &&
    readsAborted(analysis, loop.test, signals)
  );
}

/**
 * The statements that run after `statement` before the end of `loop`'s body, when it sits there
 * through blocks, `if` branches and `try` blocks or `catch` clauses only; `undefined` otherwise.
 */
function statementsAfter(statement: TSESTree.Node, loop: TSESTree.Node): TSESTree.Node[] | undefined {
  const after: TSESTree.Node[] = [];
  for (let current: TSESTree.Node = statement, parent = statement.parent; parent; current = parent, parent = parent.parent) {
    if (parent === loop) return after;
    if (parent.type === AST_NODE_TYPES.BlockStatement)
      after.push(...parent.body.slice(parent.body.indexOf(current as TSESTree.Statement) + 1));
    else if (parent.type === AST_NODE_TYPES.IfStatement && parent.test !== current) continue;
    else if (parent.type === AST_NODE_TYPES.TryStatement && (parent.block === current || parent.handler === current)) {
      if (parent.finalizer) after.push(parent.finalizer);
    } else if (parent.type !== AST_NODE_TYPES.CatchClause) return undefined;
  }
  return undefined;
}

/** True when `node` neither waits nor starts asynchronous work: no `await`, `yield`, or call whose result is a promise. */
function isBookkeeping(analysis: Analysis, node: TSESTree.Node): boolean {
  return !containsInBody(
    node,
    (inner) =>
      inner.type === AST_NODE_TYPES.AwaitExpression ||
      inner.type === AST_NODE_TYPES.YieldExpression ||
      (inner.type === AST_NODE_TYPES.ForOfStatement && inner.await) ||
      ((inner.type === AST_NODE_TYPES.CallExpression || inner.type === AST_NODE_TYPES.NewExpression) &&
        thenableKindOfType(analysis, typeOf(analysis, inner)) !== false),
  );
}

/** True for `if (<reads signal.aborted>) break;` (any exit from the loop) or `signal.throwIfAborted();` on one of `signals`. */
function isLeavingAbortCheck(analysis: Analysis, statement: TSESTree.Node, loop: LoopNode | undefined, signals: Set<string>): boolean {
  if (statement.type === AST_NODE_TYPES.IfStatement)
    return readsAborted(analysis, statement.test, signals) && alwaysExits(statement.consequent, loop);
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  let call = skipTypeWrappers(statement.expression);
  if (call.type === AST_NODE_TYPES.ChainExpression) call = call.expression;
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeWrappers(call.callee);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    memberName(callee) === 'throwIfAborted' &&
    signals.has(analysis.sourceCode.getText(skipTypeWrappers(callee.object)))
  );
}

/**
 * The rejection handler of a `.catch(…)` or `.then(…, onRejected)` call whose promise runs
 * signal-aware work and is waited for, with the method name to report and its guarded region.
 * Whether the handler lets aborts through is `swallowsAborts`.
 */
export function abortCatchingHandler(
  analysis: Analysis,
  call: TSESTree.CallExpression,
): (Swallowing & { handler: TSESTree.CallExpressionArgument; method: TSESTree.Node }) | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = memberName(callee);
  const handler = method === 'catch' ? call.arguments[0] : method === 'then' ? call.arguments[1] : undefined;
  if (!handler) return undefined;
  const receiver = callee.object;
  const region: TSESTree.Node[] = [receiver];
  const base = skipTypeWrappers(receiver);
  const initializer = base.type === AST_NODE_TYPES.Identifier ? declaredInitializer(analysis, base) : undefined;
  if (initializer) region.push(initializer);
  // `task(signal).catch(() => {})` as a statement (also under `.finally(…)`): nothing waits for it, so nothing can take the abort for a success.
  if (isDiscarded(throughFinally(call))) return undefined;
  if (!region.some((node) => signalUsesIn(analysis, node).length > 0)) return undefined;
  // `this.tail = run.catch(() => undefined); return run;`: the caller gets `run` itself, abort and all;
  // the handled copy only keeps a queue going.
  if (base.type === AST_NODE_TYPES.Identifier && isHandedOnElsewhere(analysis, base)) return undefined;
  // `await sleep(ms, undefined, { signal }).catch(() => {}); if (signal.aborted) return;`: the abort is seen right after.
  if (isAwaitedInStatement(call) && abortSeenNext(analysis, call, signalTexts(analysis, region))) return undefined;
  // The loop goes on after an abort only if it waits for the work: `await task(signal).catch(…)`.
  const repeats = enclosingLoop(call) !== undefined && isAwaitedInStatement(call);
  return { handler, method: callee.property, region, repeats };
}

/** True when the `const` promise `id` names is also returned, awaited or handed to a call somewhere else: someone else sees its rejection. */
function isHandedOnElsewhere(analysis: Analysis, id: TSESTree.Identifier): boolean {
  const variable = variableOf(analysis, id);
  const definition = variable?.defs[0];
  if (variable?.defs.length !== 1 || definition?.type !== 'Variable' || definition.parent.kind !== 'const') return false;
  return variable.references.some((reference) => {
    const identifier = reference.identifier as TSESTree.Node;
    if (reference.init || identifier === id) return false;
    const parent = identifier.parent;
    return (
      parent?.type === AST_NODE_TYPES.ReturnStatement ||
      parent?.type === AST_NODE_TYPES.AwaitExpression ||
      (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(identifier as TSESTree.CallExpressionArgument))
    );
  });
}

/**
 * How a rejection handler loses an abort: `undefined` when it does not; `converted` when every way
 * it loses one is a new error of another kind; `swallowed` when some way ends normally (a function
 * with such a way out, or a logging function: `console.error`, `logger.warn` log and resolve).
 */
export function handlerLosesAborts(analysis: Analysis, handler: TSESTree.Node): 'swallowed' | 'converted' | undefined {
  if (isFunctionNode(handler)) {
    const [param] = handler.params;
    const leaks = abortLeaks(analysis, handler.body, param?.type === AST_NODE_TYPES.Identifier ? param.name : undefined, {
      conversions: true,
    });
    if (leaks.length === 0) return undefined;
    return leaks.every((leak) => leak.kind === 'converted') ? 'converted' : 'swallowed';
  }
  return isLoggingFunction(handler) ? 'swallowed' : undefined;
}

/**
 * Callee texts of calls that the `try` block makes after its signal-aware work has succeeded
 * (`await job.ack()` after `await render(job, { signal })`): what marks the work done. Logging,
 * teardown (`close`, `release`) and calls that take a signal themselves are left out.
 */
function completionsOf(analysis: Analysis, block: TSESTree.BlockStatement): Set<string> {
  const found = new Set<string>();
  const first = block.body.findIndex((statement) => signalUsesIn(analysis, statement).length > 0);
  if (first < 0) return found;
  for (const statement of block.body.slice(first + 1)) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    let call = skipTypeWrappers(statement.expression);
    if (call.type === AST_NODE_TYPES.AwaitExpression) call = skipTypeWrappers(call.argument);
    if (call.type !== AST_NODE_TYPES.CallExpression || isLoggingCall(call) || signalUsesIn(analysis, call).length > 0) continue;
    const callee = skipTypeWrappers(call.callee);
    const name = memberName(callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !name || namesTeardown(name)) continue;
    found.add(analysis.sourceCode.getText(call.callee));
  }
  return found;
}

/** The signal a handler can check: its text, and whether it may be absent (`signal?.throwIfAborted()`). */
interface SignalToCheck {
  text: string;
  optional: boolean;
}

/**
 * The signal to check at `at`: a plain reference handed to work in `region` that means the same
 * there and has `throwIfAborted()`. For a local controller that the function also aborts on a timer
 * of its own, the caller's signal it follows instead: only that one tells the caller's abort apart
 * from the function's own timeout.
 */
export function signalToCheck(analysis: Analysis, region: readonly TSESTree.Node[], at: TSESTree.Node): SignalToCheck | undefined {
  const checker = checkerOf(analysis);
  for (const use of region.flatMap((node) => signalUsesIn(analysis, node))) {
    for (const candidate of timedControllerSources(analysis, use.node) ?? [use.node]) {
      if (!isReadableReference(analysis, candidate, at)) continue;
      const type = typeOf(analysis, candidate);
      if (!checker.getPropertyOfType(checker.getNonNullableType(type), 'throwIfAborted')) continue;
      return { text: analysis.sourceCode.getText(candidate), optional: includesNullish(analysis, type) };
    }
  }
  return undefined;
}

/**
 * True when work in `region` gets a signal that also aborts on a timer the function set itself (a
 * local controller aborted from `setTimeout` and from elsewhere): an `'AbortError'` there may be the
 * function's own timeout, which its handler may fall back on by design.
 */
export function abortsOnOwnTimer(analysis: Analysis, region: readonly TSESTree.Node[]): boolean {
  return region.some((node) => signalUsesIn(analysis, node).some((use) => timedControllerSources(analysis, use.node) !== undefined));
}

/** True when `node`, a plain reference (`signal`, `options.signal`, `this.controller.signal`), reads the same written at `at`. */
function isReadableReference(analysis: Analysis, node: TSESTree.Node, at: TSESTree.Node): boolean {
  const root = referenceRoot(node);
  if (!root) return false;
  if (root.type === AST_NODE_TYPES.Identifier) {
    const there = ASTUtils.findVariable(analysis.sourceCode.getScope(node), root);
    return there !== null && ASTUtils.findVariable(analysis.sourceCode.getScope(at), root.name) === there;
  }
  return thisOwner(node) === thisOwner(at);
}

/**
 * True when a logging function given as a rejection handler (`.catch(console.error)`) returns
 * nothing (`void`, `undefined`): the chain resolves with `undefined` either way, so an arrow that
 * checks for aborts, calls it and returns nothing resolves the same. A logger that returns a value
 * (a fallback) would see that value dropped.
 */
export function isVoidHandler(analysis: Analysis, handler: TSESTree.Node): boolean {
  const signatures = unionMembers(typeOf(analysis, handler)).flatMap((part) => part.getCallSignatures());
  return (
    signatures.length > 0 &&
    signatures.every((signature) =>
      unionMembers(signature.getReturnType()).every((member) => (member.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) !== 0),
    )
  );
}

/** The initializer of the declarator that declares the local `identifier` names (`const`, `let` or `var`). */
function declaredInitializer(analysis: Analysis, identifier: TSESTree.Identifier): TSESTree.Expression | undefined {
  const variable = variableOf(analysis, identifier);
  const declarator = variable ? declaratorOf(variable) : undefined;
  return declarator?.id.type === AST_NODE_TYPES.Identifier ? (declarator.init ?? undefined) : undefined;
}

/** The function whose `this` a node sees: the nearest non-arrow function, or the Program. */
function thisOwner(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) && current.type !== AST_NODE_TYPES.ArrowFunctionExpression) return current;
    if (current.type === AST_NODE_TYPES.Program) return current;
  }
  return undefined;
}

/** The identifier or `this` at the root of a plain reference (`signal`, `options.signal`, `this.controller.signal`). */
function referenceRoot(node: TSESTree.Node): TSESTree.Identifier | TSESTree.ThisExpression | undefined {
  let current: TSESTree.Node = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
  while (current.type === AST_NODE_TYPES.MemberExpression && !current.computed) current = current.object;
  return current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.ThisExpression ? current : undefined;
}

/** True when `node` is an argument, at any depth within its statement, of a test assertion (`expect(caught)…`, `assert.equal(caught.name, …)`). */
function isAsserted(node: TSESTree.Node): boolean {
  for (let current = node.parent; current && !isFunctionNode(current); current = current.parent) {
    if (current.type === AST_NODE_TYPES.CallExpression && isTestAssertionCall(current)) return true;
    if (current.type.endsWith('Statement') || current.type === AST_NODE_TYPES.VariableDeclaration) return false;
  }
  return false;
}
