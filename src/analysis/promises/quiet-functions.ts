import ts from 'typescript';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';
import { checkerOf } from '../types/checker.js';
import { returnedExpressions } from './function-can-reject.js';

/*
 * Calls of functions written in this program that cannot throw: `queue.pause()` whose body only
 * sets a field, `this.reset()`, `markDone(id)`. The callee is the declaration the checker resolves
 * the call to: a plain (not async, not generator) function, method or arrow with a body, in a
 * source file of this program (not a declaration file, not a dependency). It cannot throw when its
 * body cannot (decided by the caller's own test, so the same rules apply one level down). Calls
 * inside that body are judged the same way, through at most `maxDepth` functions; a function met
 * again while it is being judged (recursion) counts as able to throw.
 * Approximations: the receiver must be present (`this`, or a property chain the caller already
 * accepts), and the declaration the call resolves to is the one that runs (a subclass overriding
 * the method, or a function value reassigned at run time, is not considered).
 */

/** How many nested function bodies a call may be followed through. */
const maxDepth = 3;

const verdicts = new WeakMap<ts.Program, WeakMap<ts.Node, boolean>>();
let depth = 0;

/**
 * True when `call` resolves to a plain function of this program whose body `bodyCannotThrow`
 * accepts (see the module comment).
 */
export function callsQuietFunction(analysis: Analysis, call: ts.CallExpression, bodyCannotThrow: (body: ts.Node) => boolean): boolean {
  const program = analysis.services.program;
  const declaration = checkerOf(analysis).resolvedSignature(call)?.declaration;
  // A constructor runs through `new` (judged on its own) or `super(…)`, not as a quiet call.
  if (!declaration || !isPlainFunctionWithBody(declaration) || ts.isConstructorDeclaration(declaration)) return false;
  const file = declaration.getSourceFile();
  if (file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file)) return false;
  const store = getOrCreate(verdicts, program, () => new WeakMap<ts.Node, boolean>());
  const known = store.get(declaration);
  if (known !== undefined) return known;
  if (depth >= maxDepth) return false;
  store.set(declaration, false); // while it is judged: a recursive call counts as able to throw
  depth += 1;
  try {
    const verdict = bodyCannotThrow(declaration.body);
    store.set(declaration, verdict);
    return verdict;
  } finally {
    depth -= 1;
  }
}

/**
 * True when `call` resolves to an async function or method with a body (`queue.add(task)` of a
 * class written with `async add(…)`): whatever fails in it rejects the promise it returns, so the
 * call itself never throws. That promise is a dropped promise of its own, judged where it is dropped.
 */
export function callsAsyncFunction(analysis: Analysis, call: ts.CallExpression): boolean {
  const checker = checkerOf(analysis);
  const resolved = checker.resolvedSignature(call)?.declaration;
  if (!resolved || ts.isJSDocSignature(resolved)) return false;
  // an overload signature runs its implementation: the declaration of the same symbol with a body
  const callee = ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression;
  const declarations =
    'body' in resolved && resolved.body !== undefined ? [resolved] : (checker.getSymbolAtLocation(callee)?.declarations ?? []);
  const implementation =
    declarations.find(
      (declaration): declaration is ts.FunctionLikeDeclaration =>
        (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)) && declaration.body !== undefined,
    ) ?? (ts.isArrowFunction(resolved) || ts.isFunctionExpression(resolved) ? resolved : undefined);
  if (implementation) return isAsyncWithBody(implementation);
  return ts.isIdentifier(call.expression) && isFactoryMadeAsync(analysis, call.expression);
}

function isAsyncWithBody(fn: ts.FunctionLikeDeclaration): boolean {
  return fn.body !== undefined && !fn.asteriskToken && (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) !== 0;
}

/**
 * `const refresh = debounceMutex(load)`, `const save = withLock(write)`: a `const` holding what a
 * factory of this program returns, where every `return` of that factory (a plain function, its
 * block or expression body) is an async function written there. Calling the value runs one of those
 * async functions, so the call never throws. Approximation: the factory's own declaration is the one
 * the checker resolves the initializer's call to.
 */
function isFactoryMadeAsync(analysis: Analysis, callee: ts.Identifier): boolean {
  const checker = checkerOf(analysis);
  const declaration = checker.getSymbolAtLocation(callee)?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
  if ((ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) === 0) return false;
  let initializer = declaration.initializer;
  while (ts.isParenthesizedExpression(initializer) || ts.isAsExpression(initializer)) initializer = initializer.expression;
  if (!ts.isCallExpression(initializer)) return false;
  const factory = checker.resolvedSignature(initializer)?.declaration;
  if (!factory || !isPlainFunctionWithBody(factory) || ts.isConstructorDeclaration(factory)) return false;
  const file = factory.getSourceFile();
  if (file.isDeclarationFile || analysis.services.program.isSourceFileFromExternalLibrary(file)) return false;
  const returned = ts.isBlock(factory.body) ? returnedExpressions(factory.body) : [factory.body as ts.Expression];
  if (!returned) return false;
  return (
    returned.length > 0 &&
    returned.every((expression) => {
      let target = expression;
      while (ts.isParenthesizedExpression(target)) target = target.expression;
      return (ts.isArrowFunction(target) || ts.isFunctionExpression(target)) && isAsyncWithBody(target);
    })
  );
}

/** A plain function with a body: not async, not a generator (a function, method, arrow, function expression or constructor). */
export type PlainFunction = (
  ts.FunctionDeclaration | ts.MethodDeclaration | ts.ArrowFunction | ts.FunctionExpression | ts.ConstructorDeclaration
) & { body: ts.Node };

/** True when a declaration is a plain function with a body (see `PlainFunction`). */
export function isPlainFunctionWithBody(declaration: ts.Node): declaration is PlainFunction {
  if (!(
    ts.isFunctionDeclaration(declaration) ||
    ts.isMethodDeclaration(declaration) ||
    ts.isArrowFunction(declaration) ||
    ts.isFunctionExpression(declaration) ||
    ts.isConstructorDeclaration(declaration)
  )) {
    return false;
  }
  if (!declaration.body || declaration.asteriskToken) return false;
  return (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Async) === 0;
}
