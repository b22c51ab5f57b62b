import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { constInitializer, declaratorOf } from './initializers.js';
import { variableOf } from './variables.js';
import { isFunctionNode, isLoop, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { checkerOf } from '../types/checker.js';

/*
 * Timer promises: promises that settle when a timer fires and whose timer nothing can clear
 * (`new Promise((resolve) => setTimeout(resolve, ms))`, a `sleep(ms)` helper built that way,
 * `.then`/`.catch`/`.finally` chains on one). When such a promise loses a race, its timer keeps
 * running, and keeps the process alive, until it fires.
 */

/** A timer promise and, when known, the expression that gives its delay. */
export interface TimerPromise {
  delay: TSESTree.Node | undefined;
}

const chainMethods = new Set(['then', 'catch', 'finally']);

/** True for a `setTimeout(…)` call (global, `globalThis.`, `window.`) whose timer id is thrown away. */
function isDiscardedTimer(node: TSESTree.Node): node is TSESTree.CallExpression {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeWrappers(node.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
  if (name !== 'setTimeout') return false;
  const parent = node.parent;
  return parent?.type === AST_NODE_TYPES.ExpressionStatement || (isFunctionNode(parent) && parent.body === node);
}

/** The discarded `setTimeout` call in a `new Promise` executor, if the executor never clears a timer. */
function executorTimer(executor: TSESTree.Node | undefined): TSESTree.CallExpression | undefined {
  if (!isFunctionNode(executor)) return undefined;
  let timer: TSESTree.CallExpression | undefined;
  let clears = false;
  // The whole executor, callbacks included.
  walk(
    executor.body,
    (node) => {
      if (isDiscardedTimer(node)) timer ??= node;
      if (node.type === AST_NODE_TYPES.Identifier && node.name === 'clearTimeout') clears = true;
    },
    { nested: true },
  );
  return clears ? undefined : timer;
}

/** For a helper whose body builds a timer promise: the index of the parameter that gives the delay (`undefined`: none does); `false` when it builds none. */
function tsTimerDelayParameter(fn: ts.SignatureDeclaration & { body?: ts.Node }): number | undefined | false {
  let found: number | undefined | false = false;
  const visit = (node: ts.Node): void => {
    if (found !== false) return;
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Promise') {
      const [executor] = node.arguments ?? [];
      if (executor && (ts.isArrowFunction(executor) || ts.isFunctionExpression(executor)) && !executor.getText().includes('clearTimeout')) {
        const timer = findTsTimer(executor.body);
        if (timer) {
          const delay = timer.arguments[1];
          const index =
            delay && ts.isIdentifier(delay) ? fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === delay.text) : -1;
          found = index >= 0 ? index : undefined;
          return;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  if (fn.body) visit(fn.body);
  return found;
}

/** The first `setTimeout(…)` under `body` whose timer id is thrown away. */
function findTsTimer(body: ts.Node): ts.CallExpression | undefined {
  let timer: ts.CallExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (timer) return;
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'setTimeout' &&
      (ts.isExpressionStatement(node.parent) || (ts.isArrowFunction(node.parent) && node.parent.body === node))
    ) {
      timer = node;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return timer;
}

/** The declarations of the symbol a call's callee names (a method's property, through imports). */
function calleeSymbolDeclarations(analysis: Analysis, call: TSESTree.CallExpression): ts.Declaration[] {
  return calleeSymbol(analysis, call)?.declarations ?? [];
}

/** The symbol a call's callee names, through imports. */
function calleeSymbol(analysis: Analysis, call: TSESTree.CallExpression): ts.Symbol | undefined {
  const checker = checkerOf(analysis);
  const callee = skipTypeWrappers(call.callee);
  const target = callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee;
  const symbol = checker.getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(target));
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** The function declarations a call's callee resolves to (through imports). */
export function calleeDeclarations(analysis: Analysis, call: TSESTree.CallExpression): (ts.SignatureDeclaration & { body?: ts.Node })[] {
  return calleeSymbolDeclarations(analysis, call).flatMap((declaration) => {
    // `private timeout(ms) { … }`, `private timeout = (ms) => …`: a class's own helper too.
    const fn = ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration) ? declaration.initializer : declaration;
    return fn && (ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isMethodDeclaration(fn))
      ? [fn as ts.SignatureDeclaration & { body?: ts.Node }]
      : [];
  });
}

/** The promise a `.then`/`.catch`/`.finally` chain starts from, through `const` locals. */
export function chainBase(analysis: Analysis, node: TSESTree.Node, depth = 0): TSESTree.Node {
  const target = skipTypeWrappers(node);
  if (depth > 5) return target;
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipTypeWrappers(target.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && chainMethods.has(memberName(callee) ?? ''))
      return chainBase(analysis, callee.object, depth + 1);
  }
  const init = constInitializer(analysis, target);
  return init ? chainBase(analysis, init, depth + 1) : target;
}

/**
 * True when the race (or other call) `owner` is what starts `node`'s promise: it is written inline,
 * or reached through `const` locals (and `.then`/`.catch`/`.finally` chains) that nothing but
 * `owner` reads, declared in its statement or in the declarations right before it. A local read
 * elsewhere too, or created before other work (a task under test, awaited or asserted on in
 * between), existed before the race and is only watched by it.
 */
export function isStartedFor(analysis: Analysis, node: TSESTree.Node, owner: TSESTree.Node, depth = 0): boolean {
  const target = skipTypeWrappers(node);
  if (depth > 5) return true;
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipTypeWrappers(target.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && chainMethods.has(memberName(callee) ?? ''))
      return isStartedFor(analysis, callee.object, owner, depth + 1);
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return true;
  const variable = variableOf(analysis, target);
  const declarator = variable?.defs.length === 1 ? declaratorOf(variable) : undefined;
  if (!variable || !declarator?.init) return true;
  const readsOutside = variable.references.some(
    (reference) => !reference.init && (reference.identifier.range[0] < owner.range[0] || reference.identifier.range[1] > owner.range[1]),
  );
  // Read by the race alone: made for it, whatever statements stand between (`this.send(request)`).
  const onlyRead = variable.references.filter((reference) => !reference.init).length === 1;
  return !readsOutside && isSetUpFor(declarator, owner, onlyRead) && isStartedFor(analysis, declarator.init, owner, depth + 1);
}

/**
 * True when `declarator` is set up for `owner`: declared in its statement, or in declarations right
 * before it in the same block (statements that do not wait may stand between when `onlyRead`: the
 * race is its one reader).
 */
function isSetUpFor(declarator: TSESTree.Node, owner: TSESTree.Node, onlyRead = false): boolean {
  const declaration = declarator.parent;
  if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) return false;
  if (declaration.range[0] <= owner.range[0] && owner.range[1] <= declaration.range[1]) return true;
  let statement: TSESTree.Node = owner;
  while (statement.parent && statement.parent !== declaration.parent) {
    // A promise made before a loop and raced on every turn (`for (;;) await Promise.race([exited, tick()])`)
    // is watched by each race, not started for one.
    if (isFunctionNode(statement.parent) || isLoop(statement.parent)) return false;
    statement = statement.parent;
  }
  const block = declaration.parent;
  if (!block || !('body' in block) || !Array.isArray(block.body)) return false;
  const body = block.body as TSESTree.Node[];
  const from = body.indexOf(declaration);
  const to = body.indexOf(statement);
  const between = body.slice(from + 1, to);
  // With the race its one reader, statements that do not wait may stand between (`this.send(request)`);
  // one that waits (`await drain()`) lets the work run on its own first: the race only watches it.
  const suspends = (node: TSESTree.Node): boolean =>
    walk(node, (inner) =>
      inner.type === AST_NODE_TYPES.AwaitExpression || inner.type === AST_NODE_TYPES.YieldExpression ? 'stop' : undefined,
    );
  return (
    from >= 0 &&
    to > from &&
    between.every((statement) => statement.type === AST_NODE_TYPES.VariableDeclaration || (onlyRead && !suspends(statement)))
  );
}

/** The timer promise `node` settles with (directly, through a chain or a `const`), if it is one. */
export function timerPromiseOf(analysis: Analysis, node: TSESTree.Node): TimerPromise | undefined {
  const base = chainBase(analysis, node);
  if (base.type === AST_NODE_TYPES.NewExpression && base.callee.type === AST_NODE_TYPES.Identifier && base.callee.name === 'Promise') {
    const timer = executorTimer(base.arguments[0]);
    return timer ? { delay: timer.arguments[1] } : undefined;
  }
  if (base.type !== AST_NODE_TYPES.CallExpression) return undefined;
  // A helper whose body is such a promise: `const sleep = (ms) => new Promise((r) => setTimeout(r, ms))`.
  for (const fn of calleeDeclarations(analysis, base)) {
    const index = tsTimerDelayParameter(fn);
    if (index === false) continue;
    const delay = index === undefined ? undefined : base.arguments[index];
    return { delay: delay?.type === AST_NODE_TYPES.SpreadElement ? undefined : delay };
  }
  // A helper whose body cannot be seen, known by its name and shape: `declare function sleep(ms: number): Promise<void>`.
  if (isUnseenTimerHelperCall(analysis, base)) {
    const [delay] = base.arguments;
    return { delay: delay?.type === AST_NODE_TYPES.SpreadElement ? undefined : delay };
  }
  return undefined;
}

/** Names a sleep helper goes by: `sleep`, `delay`, `wait`, `pause`, `timeout`, with an optional `Ms` suffix. */
const timerHelperName = /^(?:sleep|delay|wait|pause|timeout)(?:ms)?$/i;

/** True for `promisify(setTimeout)` (also `util.promisify`): a sleep whose timer nothing can clear. */
function isPromisifiedSetTimeout(node: ts.Expression): boolean {
  if (!ts.isCallExpression(node) || node.arguments.length !== 1) return false;
  const callee = node.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  const [argument] = node.arguments;
  return name === 'promisify' && argument !== undefined && ts.isIdentifier(argument) && argument.text === 'setTimeout';
}

/**
 * True for a call to a sleep helper whose implementation is out of sight: named like one
 * (`sleep`, `delay`, `wait`, `pause`, `timeout`), taking the delay as a number first, returning a
 * plain `Promise`, and declared without a body (`declare function`, a `.d.ts`, an interface
 * method, `declare const`) or as `promisify(setTimeout)`. A helper whose body is in sight is
 * judged by its body instead.
 */
export function isUnseenTimerHelperCall(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
  if (!name || !timerHelperName.test(name)) return false;
  const checker = checkerOf(analysis);
  const declarations = calleeSymbolDeclarations(analysis, call);
  if (declarations.length === 0) return false;
  let promisified = false;
  for (const declaration of declarations) {
    if (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) {
      if (!declaration.initializer) continue;
      if (isPromisifiedSetTimeout(declaration.initializer)) {
        promisified = true;
        continue;
      }
      return false;
    }
    if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)) {
      if (declaration.body) return false;
      continue;
    }
    if (!ts.isMethodSignature(declaration) && !ts.isPropertySignature(declaration)) return false;
  }
  // `promisify(setTimeout)` is typed by Node's overloads; its shape is known.
  if (promisified) return true;
  const tsCall = analysis.services.esTreeNodeToTSNodeMap.get(call);
  const signature = checker.resolvedSignature(tsCall);
  const [first] = signature?.getParameters() ?? [];
  if (!signature || !first) return false;
  const delayType = checker.getTypeOfSymbol(first);
  if ((delayType.flags & ts.TypeFlags.NumberLike) === 0) return false;
  const result = checker.getReturnTypeOfSignature(signature);
  // The plain `Promise`, not a subclass or intersection that may carry a way to cancel (`.cancel()`, `.clear()`).
  return !result.isUnionOrIntersection() && result.getSymbol()?.getName() === 'Promise';
}

/**
 * True for a call of `promisify(setTimeout)` kept in a variable or field (`const sleep =
 * promisify(setTimeout)`): Node's promisified timer resolves when it fires and, given no signal,
 * never rejects.
 */
export function isPromisifiedTimerCall(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  if (call.arguments.length > 2) return false;
  const declarations = calleeSymbolDeclarations(analysis, call);
  return (
    declarations.length > 0 &&
    declarations.every(
      (declaration) =>
        (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) &&
        declaration.initializer !== undefined &&
        isPromisifiedSetTimeout(declaration.initializer),
    )
  );
}

/** True when a call resolves to `node:timers/promises` (`setTimeout`, `setImmediate`, `scheduler.wait`). */
export function isTimersPromisesCall(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  return calleeSymbolDeclarations(analysis, call).some((declaration) =>
    /[\\/]timers[\\/]promises\.d\.ts$/.test(declaration.getSourceFile().fileName),
  );
}

/** True for a number literal delay under 100 ms, also through a `const` (`setTimeout(r, 0)`, `TICK_MS = 10`: a turn of the event loop, not a wait). */
export function isTickDelay(analysis: Analysis, delay: TSESTree.Node | undefined): boolean {
  let target = delay && skipTypeWrappers(delay);
  if (target?.type === AST_NODE_TYPES.Identifier) target = constInitializer(analysis, target) ?? target;
  target = target && skipTypeWrappers(target);
  return target?.type === AST_NODE_TYPES.Literal && typeof target.value === 'number' && target.value < 100;
}

/**
 * True for a `node:timers/promises` call that only yields a turn of the event loop: `setImmediate()`,
 * or `setTimeout`/`scheduler.wait` with a short literal delay. An abort has nothing to cut short there.
 */
export function isTimersPromisesTick(analysis: Analysis, call: TSESTree.CallExpression): boolean {
  if (!isTimersPromisesCall(analysis, call)) return false;
  const name = calleeSymbol(analysis, call)?.getName();
  if (name === 'setImmediate') return true;
  return (name === 'setTimeout' || name === 'wait') && isTickDelay(analysis, call.arguments[0]);
}
