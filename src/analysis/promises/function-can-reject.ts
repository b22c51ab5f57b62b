import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';
import type { Checker } from '../types/checker.js';
import { checkerOf, isDefaultLibSymbol } from '../types/checker.js';
import { thenableKindOfType } from '../types/thenables.js';
import { cannotReject, functionValueCannotReject, resolveOnlyExecutorCannotThrow } from './can-reject.js';
import { cannotThrowTs, containsTs, isThrow } from './cannot-throw.js';
import { isTestSourceFile } from '../scope/test-code.js';
import { isTeardownInTest } from './test-semantics.js';
import { constInitializerIn } from './unused-rejects.js';

/** True when a handler function body has no `throw` and does not return a rejected promise. */
export function handlerCannotThrow(fn: ts.Node): boolean {
  if (!ts.isFunctionLike(fn) || !('body' in fn) || !fn.body) return false;
  const body = fn.body;
  return !containsTs(body, (child) => isThrow(child) || isPromiseRejectCall(child)) && !isPromiseRejectCall(body);
}

function isPromiseRejectCall(node: ts.Node): boolean {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'reject' &&
    ts.isIdentifier(node.expression.expression) &&
    node.expression.expression.text === 'Promise'
  );
}

/** Roots of assertion calls: `expect(…)…`, `assert(…)`, `assert.equal(…)`, `should…`, `chai.expect(…)`. */
const assertionRoots = new Set(['expect', 'assert', 'should', 'chai']);
/** Assertions of a test context `t` (ava, tap, node:test's `t.assert`): `t.is(a, b)`, `t.deepEqual(…)`, `t.assert.ok(…)`. */
const contextAssertions = new Set([
  'is',
  'not',
  'true',
  'false',
  'truthy',
  'falsy',
  'deepEqual',
  'notDeepEqual',
  'like',
  'regex',
  'notRegex',
  'throws',
  'notThrows',
  'fail',
  'assert',
  'ok',
  'notOk',
  'equal',
  'notEqual',
  'same',
  'match',
  'strictSame',
]);

/** True for a call whose callee chain starts at an assertion root (`expect(x).toBe(1)`, `assert.ok(y)`, `t.is(a, b)`). */
export function isAssertionCallTs(call: ts.CallExpression): boolean {
  let root: ts.Expression = call.expression;
  let first: string | undefined;
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isCallExpression(root)) {
    if (ts.isPropertyAccessExpression(root)) first = root.name.text;
    root = root.expression;
  }
  if (!ts.isIdentifier(root)) return false;
  return assertionRoots.has(root.text) || (root.text === 't' && first !== undefined && contextAssertions.has(first));
}

/**
 * True for `new Promise((resolve) => { … })` in another file (a `sleep(ms)` helper): an executor
 * without `reject` rejects only by throwing synchronously, and this one's synchronous part cannot
 * throw (timers, listener registrations, local functions, `resolve(…)`).
 */
function isResolveOnlyPromiseTs(analysis: Analysis, expression: ts.Expression): boolean {
  const target = promiseBehindTs(expression);
  if (!ts.isNewExpression(target) || !ts.isIdentifier(target.expression) || target.expression.text !== 'Promise') return false;
  const [executor] = target.arguments ?? [];
  if (!executor || !(ts.isArrowFunction(executor) || ts.isFunctionExpression(executor)) || executor.parameters.length > 1) return false;
  if ((ts.getCombinedModifierFlags(executor) & ts.ModifierFlags.Async) !== 0) return false;
  const [resolve] = executor.parameters;
  const resolveName = resolve && ts.isIdentifier(resolve.name) ? resolve.name.text : undefined;
  return cannotThrowTs(executor.body, analysis) || resolveOnlyExecutorCannotThrow(analysis, executor, resolveName);
}

/**
 * The expression a returned value stands for, read through what keeps the same promise: type
 * assertions, `Object.assign(promise, { cancel })` (the promise itself, with methods added), and a
 * `const` of the same function (`const p = new Promise(…); return Object.assign(p, methods);`).
 */
export function promiseBehindTs(expression: ts.Expression, depth = 0): ts.Expression {
  let target = expression;
  while (
    ts.isParenthesizedExpression(target) ||
    ts.isAsExpression(target) ||
    ts.isSatisfiesExpression(target) ||
    ts.isNonNullExpression(target)
  )
    target = target.expression;
  if (depth > 3) return target;
  if (
    ts.isCallExpression(target) &&
    ts.isPropertyAccessExpression(target.expression) &&
    target.expression.name.text === 'assign' &&
    ts.isIdentifier(target.expression.expression) &&
    target.expression.expression.text === 'Object' &&
    target.arguments[0] !== undefined &&
    !ts.isSpreadElement(target.arguments[0])
  )
    return promiseBehindTs(target.arguments[0], depth + 1);
  if (ts.isIdentifier(target)) {
    const fn = ts.findAncestor(target, ts.isFunctionLike);
    const local = fn && 'body' in fn && fn.body && ts.isBlock(fn.body) ? constInitializerIn(fn.body, target.text) : undefined;
    if (local) return promiseBehindTs(local, depth + 1);
  }
  return target;
}

/**
 * What can reject the promise of a function: `false` when the function may reject on its own;
 * otherwise the indices of the callback parameters whose promises it passes on (awaits or
 * returns, rethrowing what they reject with), so that a call rejects only when a callback
 * passed there can. An empty list: the function cannot reject at all.
 */
export type Rejections = false | readonly number[];

/**
 * What can reject an async function's promise (see `Rejections`). Its asynchronous work must be
 * guarded: every `await` (and `for await`, `await using`) sits in the `try` block of a `try`
 * whose `catch` does not rethrow (or whose `finally` never completes: a call typed `never`, such
 * as `process.exit()`), or in that `catch`/`finally` (error handling is trusted to be best
 * effort), or waits for something that cannot reject, or for a callback parameter's call (passed
 * on); no `throw` escapes such a `try` except a rethrow of the caught error, which passes on what
 * the `try` block rejected with; no `return` hands on a promise (a `try` does not catch what a
 * returned promise does later), and a caught error returned as a value is no promise. Plain
 * calls around the guarded parts (`log(e)`, `this.emit('error', e)`, `reject(e)`, `res.end()`)
 * are not held against it: a synchronous throw there is the same risk a synchronous callback
 * has, and this rule family is about the asynchronous failures nobody waits for. A function
 * without any guarded `try`, safe `await` or passed-on callback does not count (nothing shows it
 * was meant to be safe), unless it does no asynchronous work and its body cannot throw at all
 * (`async () => { count++; }`, `async () => { resolve(); }`). In test code, an `await` of the
 * test's own teardown run early (`await worker.close()`, see `isTeardownInTest`) is not held
 * against it: its failure is the runner's to report, yet it shows nothing either, so the rest of
 * the body must then be unable to throw (an assertion still counts).
 */
function asyncBodyRejections(analysis: Analysis, fn: ts.FunctionLikeDeclaration, assertionsWatched = false): Rejections {
  const isAsync = ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async;
  if (!isAsync || !fn.body || !ts.isBlock(fn.body) || ('asteriskToken' in fn && fn.asteriskToken)) return false;
  const checker = checkerOf(analysis);
  let shownSafe = false;
  let escapes = false;
  const passedOn = new Set<number>();
  const rethrows = new Set<ts.Node>();
  const teardowns = new Set<ts.Node>();
  /** With `assertionsWatched`: the assertion calls whose failure the runner reports, left out of the final check. */
  const assertions = new Set<ts.Node>();
  const estreeFn = analysis.services.tsNodeToESTreeNodeMap.get(fn) as TSESTree.Node | undefined;
  /** True when the awaited expression is the test's own teardown (the linted file only: the ESTree is needed). */
  const isTeardown = (expression: ts.Expression): boolean => {
    const call = analysis.services.tsNodeToESTreeNodeMap.get(skipTsParentheses(expression)) as TSESTree.Node | undefined;
    return estreeFn !== undefined && call !== undefined && isTeardownInTest(analysis, call, estreeFn);
  };
  /** Records the parameters of `fn` whose promises `expression` passes on; false when it is no such call. */
  const passesOn = (expression: ts.Expression): boolean => {
    const indices = passedOnParameters(analysis, fn, expression);
    for (const index of indices ?? []) passedOn.add(index);
    if (indices?.length === 0) shownSafe = true; // a wrapper that cannot reject at all
    return indices !== undefined;
  };
  // 'open': a rejection here rejects the function; 'guarded': inside a catching `try` block;
  // 'handler': in the `catch`/`finally` of a catching `try` (awaits allowed, throws are not).
  type Where = 'open' | 'guarded' | 'handler';
  const visit = (node: ts.Node, where: Where): void => {
    if (escapes || ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isTryStatement(node)) {
      const { catchClause, finallyBlock } = node;
      const rethrown = catchClause ? rethrowsOf(catchClause) : [];
      for (const statement of rethrown) rethrows.add(statement);
      const swallowing = finallyBlock !== undefined && neverCompletes(checker, finallyBlock);
      const catches = swallowing || (catchClause !== undefined && rethrown.length === 0);
      if (catches) shownSafe = true;
      const after: Where = where === 'open' && catches ? 'handler' : where;
      visit(node.tryBlock, catches ? 'guarded' : where);
      if (catchClause) visit(catchClause.block, swallowing ? 'guarded' : rethrown.length > 0 ? where : after);
      if (finallyBlock) visit(finallyBlock, after);
      return;
    }
    if (ts.isThrowStatement(node) && where !== 'guarded' && !rethrows.has(node)) {
      escapes = true;
      return;
    }
    // An assertion throws by design: a failed one rejects the function, however safe its awaits are.
    // Outside test code, `assert(…)` states an invariant: its failure is a crash on purpose (as it
    // is in synchronous code), not a rejection for a caller to handle.
    if (ts.isCallExpression(node) && where !== 'guarded' && isAssertionCallTs(node)) {
      if (!assertionsWatched && !isInvariantCheck(node)) {
        escapes = true;
        return;
      }
      assertions.add(node);
    }
    if (ts.isReturnStatement(node) && node.expression && !ts.isAwaitExpression(skipTsParentheses(node.expression))) {
      if (passesOn(node.expression)) {
        // the callback's promise, handed back as it is
      } else if (!isCaughtError(checker, node.expression) && mayBeThenableTs(analysis, checker, node.expression)) {
        // `return new Promise((resolve) => emitter.once('idle', resolve))`: adopting a promise
        // that cannot reject adds no way to reject
        if (!awaitOperandCannotRejectTs(analysis, checker, node.expression)) {
          escapes = true;
          return;
        }
        shownSafe = true;
      }
    }
    if (ts.isAwaitExpression(node) && where === 'open') {
      if (passesOn(node.expression)) {
        // the callback's promise, awaited
      } else if (isTeardown(node.expression)) {
        teardowns.add(node);
        return;
      } else if (assertionsWatched && isAssertionOperand(node.expression)) {
        // `await expect(p).resolves.toBe(1)`: rejects only as a failed assertion does
      } else if (!awaitOperandCannotRejectTs(analysis, checker, node.expression)) {
        escapes = true;
        return;
      } else shownSafe = true;
    }
    if (
      where === 'open' &&
      ((ts.isForOfStatement(node) && node.awaitModifier) ||
        (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.AwaitUsing) === ts.NodeFlags.AwaitUsing))
    ) {
      escapes = true;
      return;
    }
    ts.forEachChild(node, (child) => visit(child, where));
  };
  visit(fn.body, 'open');
  if (escapes) return false;
  if (passedOn.size > 0) return [...passedOn];
  return shownSafe || cannotThrowTs(fn.body, analysis, new Set([...teardowns, ...assertions])) ? [] : false;
}

/** `assert(x)`, `assert.ok(x, …)`, `assert.equal(…)` in a file that is not test code: an invariant check. */
function isInvariantCheck(call: ts.CallExpression): boolean {
  let root: ts.Expression = call.expression;
  while (ts.isPropertyAccessExpression(root)) root = root.expression;
  return ts.isIdentifier(root) && root.text === 'assert' && !isTestSourceFile(call.getSourceFile());
}

/** `expect(p).rejects.toThrow()`, `assert.rejects(p)`, `t.throwsAsync(f)`: an awaited assertion call. */
function isAssertionOperand(expression: ts.Expression): boolean {
  const target = skipTsParentheses(expression);
  return ts.isCallExpression(target) && isAssertionCallTs(target);
}

const watchedVerdicts = new WeakMap<ts.Program, WeakMap<ts.Node, boolean>>();

/**
 * True when an async function can reject only as a failed assertion in its own body does
 * (`assert.equal(…)`, `expect(…).toBe(…)`, an awaited `expect(p).resolves…`), or not at all: the
 * same judgement as `functionRejections`, with assertions no longer counted as escaping. For
 * code whose runner reports unhandled rejections itself (`promises/background-checks.ts`).
 */
export function rejectsOnlyThroughAssertions(analysis: Analysis, fn: ts.FunctionLikeDeclaration): boolean {
  const memo = getOrCreate(watchedVerdicts, analysis.services.program, () => new WeakMap<ts.Node, boolean>());
  return getOrCreate(memo, fn, () => {
    const verdict = asyncBodyRejections(analysis, fn, true);
    return verdict !== false && verdict.length === 0;
  });
}

/**
 * The parameters of `fn` whose promises `expression` passes on (see `Rejections`), or `undefined`
 * when it is no such call:
 * - a call of a parameter (`callback(span)`);
 * - a call of a function whose own rejections are only its callbacks', given parameters of `fn`
 *   there (`trace(telemetry, name, callback)`: a tracing wrapper calling the next one);
 * - a call of a function that returns what a function argument returns, as its signature says
 *   (`with<F>(context, fn: F): ReturnType<F>`, `run<R>(store, fn: () => R): R`), given a
 *   parameter of `fn` or a function that only calls one (`() => callback(span)`).
 * A function argument that is neither makes the call no such call.
 */
function passedOnParameters(analysis: Analysis, fn: ts.FunctionLikeDeclaration, expression: ts.Expression): number[] | undefined {
  const call = skipTsParentheses(expression);
  if (!ts.isCallExpression(call)) return undefined;
  const parameter = parameterIndex(analysis, fn, call.expression);
  if (parameter !== undefined) return [parameter];
  if (call.arguments.some(ts.isSpreadElement)) return undefined;
  const forwarded = (index: number): number | undefined => {
    const argument = call.arguments[index];
    return argument === undefined ? undefined : forwardedParameter(analysis, fn, argument);
  };
  const callee = ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression;
  const declarations = declarationsAt(analysis, callee);
  const verdicts = declarations.map((declaration) => {
    const target = functionOfDeclaration(declaration);
    return target && target !== fn ? functionRejections(analysis, target) : false;
  });
  if (declarations.length > 0 && verdicts.every((verdict) => verdict !== false)) {
    const indices = [...new Set(verdicts.flatMap((verdict) => verdict as readonly number[]))].map(forwarded);
    return indices.every((index) => index !== undefined) ? (indices as number[]) : undefined;
  }
  const runner = callbackResultParameter(analysis, call);
  if (runner === undefined) return undefined;
  const index = forwarded(runner);
  return index === undefined ? undefined : [index];
}

/** The index of `fn`'s parameter that `node` names. */
function parameterIndex(analysis: Analysis, fn: ts.FunctionLikeDeclaration, node: ts.Expression): number | undefined {
  if (!ts.isIdentifier(node)) return undefined;
  const declaration = checkerOf(analysis).getSymbolAtLocation(node)?.valueDeclaration;
  if (!declaration || !ts.isParameter(declaration) || declaration.parent !== fn) return undefined;
  return fn.parameters.indexOf(declaration);
}

/** The parameter of `fn` an argument hands on: the parameter itself, or an arrow that only calls it (`() => callback(span)`). */
function forwardedParameter(analysis: Analysis, fn: ts.FunctionLikeDeclaration, argument: ts.Expression): number | undefined {
  const target = skipTsParentheses(argument);
  const direct = parameterIndex(analysis, fn, target);
  if (direct !== undefined || !(ts.isArrowFunction(target) || ts.isFunctionExpression(target))) return direct;
  if ((ts.getCombinedModifierFlags(target) & ts.ModifierFlags.Async) !== 0) return undefined;
  const body = target.body;
  const only = ts.isBlock(body)
    ? body.statements.length === 1 && ts.isReturnStatement(body.statements[0]!)
      ? body.statements[0].expression
      : undefined
    : body;
  const call = only && skipTsParentheses(only);
  if (!call || !ts.isCallExpression(call) || !call.arguments.every((part) => cannotThrowTs(part, analysis))) return undefined;
  return parameterIndex(analysis, fn, call.expression);
}

/**
 * The parameter whose function's result a call returns, as the callee's declared signature says:
 * its return type is `ReturnType<F>` or a type parameter `R`, and exactly one parameter is typed
 * `F` (a type parameter constrained to functions) or as functions returning `R`.
 */
function callbackResultParameter(analysis: Analysis, call: ts.CallExpression): number | undefined {
  const checker = checkerOf(analysis);
  const declaration = checker.resolvedSignature(call)?.declaration;
  if (!declaration || ts.isJSDocSignature(declaration) || !declaration.type || !declaration.typeParameters) return undefined;
  const returned = declaration.type;
  let result: ts.TypeParameterDeclaration | undefined;
  let viaReturnType = false;
  if (ts.isTypeReferenceNode(returned) && ts.isIdentifier(returned.typeName)) {
    const name = returned.typeName.text;
    const [argument] = returned.typeArguments ?? [];
    if (name === 'ReturnType' && argument && ts.isTypeReferenceNode(argument) && ts.isIdentifier(argument.typeName)) {
      const inner = argument.typeName.text;
      result = declaration.typeParameters.find((parameter) => parameter.name.text === inner);
      viaReturnType = true;
    } else if (!returned.typeArguments) {
      result = declaration.typeParameters.find((parameter) => parameter.name.text === name);
    }
  }
  if (!result) return undefined;
  const name = result.name.text;
  const matches = declaration.parameters.flatMap((parameter, index) => {
    const type = parameter.type;
    if (!type || parameter.dotDotDotToken) return [];
    if (viaReturnType) return ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === name ? [index] : [];
    return ts.isFunctionTypeNode(type) &&
      ts.isTypeReferenceNode(type.type) &&
      ts.isIdentifier(type.type.typeName) &&
      type.type.typeName.text === name
      ? [index]
      : [];
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/** The `throw e;` statements of a `catch (e)` that hand on the error it caught (nested functions aside). */
function rethrowsOf(clause: ts.CatchClause): ts.ThrowStatement[] {
  const binding = clause.variableDeclaration?.name;
  if (!binding || !ts.isIdentifier(binding)) return [];
  const found: ts.ThrowStatement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isThrowStatement(node)) {
      const thrown = skipTsParentheses(node.expression);
      if (ts.isIdentifier(thrown) && thrown.text === binding.text) found.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(clause.block);
  return found;
}

/** True when a block always ends in a call typed `never` (`process.exit(1)`), so leaving it never happens. */
function neverCompletes(checker: Checker, block: ts.Block): boolean {
  return block.statements.some(
    (statement) =>
      ts.isExpressionStatement(statement) &&
      ts.isCallExpression(statement.expression) &&
      (checker.typeOfTsNode(statement.expression).flags & ts.TypeFlags.Never) !== 0,
  );
}

/** True when `node` is the error a `catch (error)` caught: a value handed back, never a promise that adopts it. */
function isCaughtError(checker: Checker, node: ts.Expression): boolean {
  const expression = skipTsParentheses(node);
  const target = ts.isAsExpression(expression) ? skipTsParentheses(expression.expression) : expression;
  if (!ts.isIdentifier(target)) return false;
  const declaration = checker.getSymbolAtLocation(target)?.valueDeclaration;
  return declaration !== undefined && ts.isVariableDeclaration(declaration) && ts.isCatchClause(declaration.parent);
}

function skipTsParentheses(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current)) current = current.expression;
  return current;
}

/** True unless the expression's type is known to be neither a thenable nor `any`/`unknown`. */
function mayBeThenableTs(analysis: Analysis, checker: Checker, node: ts.Expression): boolean {
  if (isLiteralValue(skipTsParentheses(node))) return false;
  const type = checker.typeOfTsNode(node);
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return true;
  return thenableKindOfType(analysis, type) !== false;
}

/**
 * True when an unguarded `await x` cannot throw: `x` is no thenable, a `.catch(…)` with a handler
 * that does not throw, `Promise.allSettled(…)`, a call of an async function that cannot reject,
 * or (in the linted file) anything `cannotReject` accepts: `Promise.resolve()`, a resolve-only
 * deferred, a library promise that never rejects.
 */
function awaitOperandCannotRejectTs(analysis: Analysis, checker: Checker, operand: ts.Expression): boolean {
  const expression = skipTsParentheses(operand);
  if (!mayBeThenableTs(analysis, checker, expression)) return true;
  const estree = analysis.services.tsNodeToESTreeNodeMap.get(expression) as TSESTree.Node | undefined;
  if (estree !== undefined ? cannotReject(analysis, estree) : isResolveOnlyPromiseTs(analysis, expression)) return true;
  if (!ts.isCallExpression(expression)) return false;
  const callee = expression.expression;
  if (ts.isPropertyAccessExpression(callee)) {
    const [handler] = expression.arguments;
    if (callee.name.text === 'catch' && handler && (ts.isArrowFunction(handler) || ts.isFunctionExpression(handler))) {
      return handlerCannotThrow(handler);
    }
    if (callee.name.text === 'allSettled' && ts.isIdentifier(callee.expression) && callee.expression.text === 'Promise') return true;
  }
  return tsCallCannotReject(analysis, expression);
}

/** True when a TS call resolves only to functions that cannot reject, as called (across files). */
function tsCallCannotReject(analysis: Analysis, call: ts.CallExpression): boolean {
  const callee = ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression;
  const args = call.arguments.map((argument) => analysis.services.tsNodeToESTreeNodeMap.get(argument) as TSESTree.Node | undefined);
  return declaredCallCannotReject(analysis, declarationsAt(analysis, callee), args, false);
}

/** The declarations of the symbol at a TS node, through `import`/`export` aliases. */
export function declarationsAt(analysis: Analysis, node: ts.Node): readonly ts.Declaration[] {
  const checker = checkerOf(analysis);
  const symbol = checker.getSymbolAtLocation(node);
  const resolved = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return resolved?.declarations ?? [];
}

/** True when every declaration is a function (async, if asked) that cannot reject. */
export function declaredFunctionsCannotReject(analysis: Analysis, declarations: readonly ts.Declaration[], mustBeAsync: boolean): boolean {
  return declaredCallCannotReject(analysis, declarations, [], mustBeAsync);
}

/**
 * True when every declaration is a function (async, if asked) whose call with `args` cannot
 * reject: it cannot reject on its own, and each callback whose promise it passes on (a tracing
 * or timing wrapper) is given a function value that cannot reject.
 */
export function declaredCallCannotReject(
  analysis: Analysis,
  declarations: readonly ts.Declaration[],
  args: readonly (TSESTree.Node | undefined)[],
  mustBeAsync: boolean,
): boolean {
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => {
      const fn = functionOfDeclaration(declaration);
      if (!fn || (mustBeAsync && (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) === 0)) return false;
      const rejections = functionRejections(analysis, fn);
      return (
        rejections !== false &&
        rejections.every((index) => {
          const argument = args[index];
          return (
            argument !== undefined &&
            argument.type !== AST_NODE_TYPES.SpreadElement &&
            !args.slice(0, index).some((before) => before?.type === AST_NODE_TYPES.SpreadElement) &&
            functionValueCannotReject(analysis, argument)
          );
        })
      );
    })
  );
}

/** The function a declaration stands for: a function, method, or `const f = async () => …`. */
export function functionOfDeclaration(declaration: ts.Declaration | undefined): ts.FunctionLikeDeclaration | undefined {
  if (!declaration) return undefined;
  if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration))
    return declaration.body ? declaration : implementationOf(declaration);
  if ((ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.initializer) {
    const init = declaration.initializer;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

/**
 * The body of an overloaded function or method (`function noop(): void; function noop() {}`): the
 * symbol's first declaration is a signature without one, and the implementation is the sibling of
 * the same name that has it.
 */
function implementationOf(signature: ts.FunctionDeclaration | ts.MethodDeclaration): ts.FunctionLikeDeclaration | undefined {
  const name = signature.name?.getText();
  if (!name) return undefined;
  const parent = signature.parent;
  const siblings: readonly ts.Node[] =
    ts.isSourceFile(parent) || ts.isBlock(parent) || ts.isModuleBlock(parent)
      ? parent.statements
      : ts.isClassLike(parent)
        ? parent.members
        : [];
  return siblings.find(
    (node): node is ts.FunctionDeclaration | ts.MethodDeclaration =>
      (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.body !== undefined && node.name?.getText() === name,
  );
}

/**
 * Verdicts per function, per Program. A function is judged from its TypeScript tree, but parts
 * of the judgement (a returned expression, an awaited `const`) need the ESTree of the linted
 * file: a function outside it is judged without them, so its verdicts are kept apart.
 */
const perProgram = new WeakMap<ts.Program, { own: WeakMap<ts.Node, Rejections>; foreign: WeakMap<ts.Node, Rejections> }>();

/** What can reject a TypeScript function's promise (see `Rejections`), cached per Program. */
export function functionRejections(analysis: Analysis, fn: ts.FunctionLikeDeclaration): Rejections {
  const memos = getOrCreate(perProgram, analysis.services.program, () => ({ own: new WeakMap(), foreign: new WeakMap() }));
  const memo = analysis.services.tsNodeToESTreeNodeMap.has(fn) ? memos.own : memos.foreign;
  const known = memo.get(fn);
  if (known !== undefined) return known;
  memo.set(fn, false); // recursion guard
  const verdict = decideRejections(analysis, fn);
  memo.set(fn, verdict);
  return verdict;
}

function decideRejections(analysis: Analysis, fn: ts.FunctionLikeDeclaration): Rejections {
  const isAsync = (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) !== 0;
  if (isAsync && fn.body && ts.isBlock(fn.body)) return asyncBodyRejections(analysis, fn);
  if (!fn.body) return false;
  // `async () => p.catch(…)`, `() => new Promise(…)`, or a plain function whose every `return`
  // hands back a promise that cannot reject (a plain function's throws are no rejections). The
  // expressions are judged on the linted file's tree only.
  const returned = ts.isBlock(fn.body) ? (isAsync ? undefined : returnedExpressions(fn.body)) : [fn.body];
  if (!returned || returned.length === 0) return false;
  const passedOn = new Set<number>();
  const safe = returned.every((expression) => {
    const estree = analysis.services.tsNodeToESTreeNodeMap.get(expression) as TSESTree.Node | undefined;
    if (estree !== undefined ? cannotReject(analysis, estree) : foreignCannotRejectTs(analysis, expression)) return true;
    // `trace(name, callback) { return run(this.telemetry, name, callback); }`: a wrapper handing back another's promise
    const indices = passedOnParameters(analysis, fn, expression);
    for (const index of indices ?? []) passedOn.add(index);
    return indices !== undefined;
  });
  return safe ? [...passedOn] : false;
}

/**
 * What a helper in another file returns, read on the TypeScript tree only (its ESTree is not at
 * hand): a resolve-only `new Promise`, `p.catch(handler)` with a handler that cannot throw (an
 * arrow, or a function by name: `catch(noop)`), `Promise.resolve(…)` of a plain value,
 * `Promise.allSettled(…)`, `Promise.all(…)` of an array literal or an `arr.map(callback)` whose
 * parts cannot reject, and a runner that returns its callback's result
 * (`notifyManager.batch(() => Promise.all(…))`) given a callback whose result cannot reject.
 */
function foreignCannotRejectTs(analysis: Analysis, expression: ts.Expression, depth = 0): boolean {
  if (depth > 4) return false;
  if (isResolveOnlyPromiseTs(analysis, expression)) return true;
  const target = promiseBehindTs(expression);
  if (!ts.isCallExpression(target)) return false;
  const callee = target.expression;
  const [first] = target.arguments;
  const part = (node: ts.Expression | undefined): boolean => node !== undefined && foreignCannotRejectTs(analysis, node, depth + 1);
  const resultOf = (fn: ts.Expression | undefined): boolean =>
    fn !== undefined && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && !ts.isBlock(fn.body) && fn.parameters.length <= 1
      ? (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) === 0 && part(fn.body)
      : false;
  if (ts.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    const onPromise = ts.isIdentifier(callee.expression) && callee.expression.text === 'Promise';
    if (method === 'catch' && first !== undefined) return handlerCannotThrowTs(analysis, first);
    if (onPromise && method === 'allSettled') return true;
    if (onPromise && method === 'resolve') return first === undefined || !mayBeThenableTs(analysis, checkerOf(analysis), first);
    if (onPromise && method === 'all' && first !== undefined) {
      const items = promiseBehindTs(first);
      if (ts.isArrayLiteralExpression(items)) return items.elements.every((element) => !ts.isSpreadElement(element) && part(element));
      // `pausedMutations.map((mutation) => mutation.continue().catch(noop))`
      if (ts.isCallExpression(items) && ts.isPropertyAccessExpression(items.expression) && items.expression.name.text === 'map')
        return resultOf(items.arguments[0]);
      return false;
    }
  }
  const runner = callbackResultParameter(analysis, target);
  return runner !== undefined && resultOf(target.arguments[runner]);
}

/** A rejection handler (TypeScript tree) that cannot throw: a function written there, or one named by its declaration. */
function handlerCannotThrowTs(analysis: Analysis, handler: ts.Expression): boolean {
  if (ts.isArrowFunction(handler) || ts.isFunctionExpression(handler)) return handlerCannotThrow(handler);
  if (!ts.isIdentifier(handler) && !ts.isPropertyAccessExpression(handler)) return false;
  const declarations = declarationsAt(analysis, ts.isIdentifier(handler) ? handler : handler.name);
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => {
      const fn = functionOfDeclaration(declaration);
      return fn !== undefined && handlerCannotThrow(fn);
    })
  );
}

/** The expressions a function body's `return` statements hand back (nested functions aside); `undefined` if one returns nothing. */
export function returnedExpressions(body: ts.Block): ts.Expression[] | undefined {
  const found: ts.Expression[] = [];
  let bare = false;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isReturnStatement(node)) {
      if (node.expression) found.push(node.expression);
      else bare = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return bare ? undefined : found;
}

/** True when an ESTree function (callback, IIFE) cannot reject. */
export function functionCannotReject(
  analysis: Analysis,
  fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration,
): boolean {
  const rejections = functionRejections(analysis, analysis.services.esTreeNodeToTSNodeMap.get(fn) as ts.FunctionLikeDeclaration);
  return rejections !== false && rejections.length === 0;
}

/**
 * True when `node` is a callback the code was handed: a parameter, or a field of `this` declared
 * as a property (not a method), whose calls return no promise. Invoking it later (a microtask
 * scheduler's `Promise.resolve().then(() => callback())`) defers the callback's own synchronous
 * throws, which are its owner's bug, as they are with `queueMicrotask(callback)`; the chain
 * itself adds no way to reject.
 */
export function isHandedCallbackTs(analysis: Analysis, node: ts.Expression): boolean {
  const checker = checkerOf(analysis);
  const target = skipTsParentheses(node);
  const isField = ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword;
  if (!ts.isIdentifier(target) && !isField) return false;
  const declaration = checker.getSymbolAtLocation(ts.isIdentifier(target) ? target : target.name)?.valueDeclaration;
  if (!declaration) return false;
  if (!(ts.isParameter(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration))) return false;
  if (isField !== !ts.isParameter(declaration)) return false;
  // `callback?.()`: an absent callback is skipped, so only the function it may be counts.
  const type = checker.getNonNullableType(checker.typeOfTsNode(target));
  // `cb: Function`, an untyped callback (a mock's), is a handed callback whose return nobody declared;
  // so is a parameter declared without a type in loosely typed code (`end(callback) { … }`: `any`).
  if (isLibFunctionType(analysis, type)) return true;
  if (ts.isParameter(declaration) && !declaration.type && (type.flags & ts.TypeFlags.Any) !== 0) return true;
  const signatures = type.getCallSignatures();
  return (
    signatures.length > 0 &&
    signatures.every((signature) => {
      const returned = checker.getReturnTypeOfSignature(signature);
      return (returned.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) === 0 && thenableKindOfType(analysis, returned) === false;
    })
  );
}

/** True for the global `Function` interface of TypeScript's default lib. */
function isLibFunctionType(analysis: Analysis, type: ts.Type): boolean {
  const symbol = type.getSymbol();
  return symbol?.getName() === 'Function' && isDefaultLibSymbol(analysis, symbol);
}

/**
 * True when a plain (not async) function only invokes handed callbacks (see `isHandedCallbackTs`)
 * with arguments that cannot throw: `() => callback()`, `() => { this.flush(); }`. It holds no
 * `throw` and returns nothing a chain could adopt.
 */
export function invokesOnlyHandedCallbacks(analysis: Analysis, fn: ts.Node): boolean {
  if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) return false;
  const calls = ts.isBlock(fn.body)
    ? fn.body.statements.map((statement) => (ts.isExpressionStatement(statement) ? statement.expression : undefined))
    : [fn.body];
  return (
    calls.length > 0 &&
    calls.every((call) => {
      const target = call && skipTsParentheses(call);
      return (
        target !== undefined &&
        ts.isCallExpression(target) &&
        isHandedCallbackTs(analysis, target.expression) &&
        target.arguments.every((argument) => cannotThrowTs(argument, analysis))
      );
    })
  );
}

function isLiteralValue(node: ts.Expression): boolean {
  return (
    ts.isLiteralExpression(node) ||
    [ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword].includes(node.kind) ||
    (ts.isIdentifier(node) && node.text === 'undefined')
  );
}
