import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import type { FunctionFlow } from '../flow/code-paths.js';
import { getOrCreate } from '../memo.js';
import { arrayCallbackMethods } from '../syntax/calls.js';
import { isFunctionNode } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { checkerOf, documentedThrows } from '../types/checker.js';
import { isTestSourceFile } from '../scope/test-code.js';
import { isPlainFunctionWithBody } from './quiet-functions.js';

/*
 * Calls that can plausibly throw synchronously, so that a promise started before them and observed
 * after them is abandoned when they do: the function leaves by the exception, and the promise's
 * rejection has no handler. Almost any call can throw in principle; only calls where a throw is
 * expected count:
 *
 * - a function of this program (plain, not async or a generator, with a body; a method or a
 *   constructor too) whose body throws: a `throw` statement outside a `try` that catches it, or a
 *   call that can throw in turn (followed through `maxDepth` bodies; a function met again while it
 *   is judged counts as quiet);
 * - an assertion: a signature that narrows by asserting (`asserts value`, `asserts x is T`), a
 *   function of `node:assert` (in a callee's body only in test code: elsewhere it checks the
 *   callee's own invariant, a bug no caller expects); a declaration of this program (not a library's: they document type
 *   errors, `path.join` with a non-string, that typed code never meets) documented `@throws`;
 * - the built-ins that throw on bad input: `JSON.parse`, `new URL(…)`, `decodeURI(…)`,
 *   `decodeURIComponent(…)`, `atob(…)` (globals, not shadowed by a local declaration).
 *
 * Where the exception goes: out of the function (no `try` around the call), or into the `catch` of
 * the innermost `try` whose block holds the call. A `try` with only a `finally`, or a call in a
 * `catch` that a `finally` follows, runs code the walk does not model: such a call counts as quiet.
 * Approximation: the declaration the call resolves to is the one that runs.
 */

/** How many nested function bodies a call may be followed through. */
const maxDepth = 3;

/** Where an exception from a call goes: out of the function, or into a `catch`. */
export type ThrowTarget = 'exit' | TSESTree.CatchClause;

export interface ThrowingCall {
  call: TSESTree.CallExpression | TSESTree.NewExpression;
  target: ThrowTarget;
}

const throwingCallsCache = new WeakMap<TSESTree.Node, ThrowingCall[]>();

/** The calls of a function's own body (not of nested functions) that can plausibly throw, with where the exception goes. */
export function throwingCalls(analysis: Analysis, flow: FunctionFlow): ThrowingCall[] {
  return getOrCreate(throwingCallsCache, flow.node, () => {
    const found: ThrowingCall[] = [];
    if (!isFunctionNode(flow.node)) return found;
    walk(flow.node.body, (node) => {
      // `throw new ValidationError(…)` is an exit of its own.
      if (node.type === AST_NODE_TYPES.ThrowStatement) return 'skip';
      if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return undefined;
      const tsNode = analysis.services.esTreeNodeToTSNodeMap.get(node) as ts.CallExpression | ts.NewExpression;
      if (!mayThrowSynchronously(analysis, tsNode)) return undefined;
      const target = throwTarget(node, flow.node);
      if (target) found.push({ call: node, target });
      return undefined;
    });
    return found;
  });
}

/** Where an exception thrown by `node` goes within `owner`, or `undefined` when a `finally` would run first. */
function throwTarget(node: TSESTree.Node, owner: TSESTree.Node): ThrowTarget | undefined {
  for (let child = node, parent = node.parent; parent && child !== owner; child = parent, parent = parent.parent) {
    if (parent.type !== AST_NODE_TYPES.TryStatement) continue;
    if (child === parent.block) return parent.handler ?? undefined;
    if (child === parent.handler && parent.finalizer) return undefined;
  }
  return 'exit';
}

const verdicts = new WeakMap<ts.Program, WeakMap<ts.Node, boolean>>();
let depth = 0;

/** True when a call (on the TypeScript tree) can plausibly throw before it returns (see the module comment). */
export function mayThrowSynchronously(analysis: Analysis, call: ts.CallExpression | ts.NewExpression, nested = false): boolean {
  if (isThrowingBuiltin(analysis, call)) return true;
  if (isThrowingArrayCallback(analysis, call, nested)) return true;
  const checker = checkerOf(analysis);
  const signature = checker.resolvedSignature(call);
  if (!signature) return false;
  const { declaration } = signature;
  if (!declaration || ts.isJSDocSignature(declaration)) return false;
  // `asserts value` is always written, never inferred: the declaration says it without asking the checker.
  if (declaration.type && ts.isTypePredicateNode(declaration.type) && declaration.type.assertsModifier) return true;
  const file = declaration.getSourceFile();
  // Inside a callee's body (`nested`), outside test code, an assertion states the callee's own
  // invariant: a caller cannot expect it to fail, any more than any other bug of the callee.
  if (/[\\/]@types[\\/]node[\\/]assert(?:[\\/]strict)?\.d\.ts$/.test(file.fileName))
    return !nested || isTestSourceFile(call.getSourceFile());
  const program = analysis.services.program;
  if (file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file)) return false;
  // Only this program's own documentation: libraries document type errors (`path.join` with a
  // non-string) that typed code never meets.
  if (documentedThrows(declaration).length > 0) return true;
  if (!isPlainFunctionWithBody(declaration)) return false;
  const store = getOrCreate(verdicts, program, () => new WeakMap<ts.Node, boolean>());
  const known = store.get(declaration);
  if (known !== undefined) return known;
  if (depth >= maxDepth) return false;
  store.set(declaration, false); // while it is judged: a recursive call counts as quiet
  depth += 1;
  try {
    const verdict = bodyMayThrow(analysis, declaration.body);
    store.set(declaration, verdict);
    return verdict;
  } finally {
    depth -= 1;
  }
}

/**
 * `crews.forEach((crew) => { if (seen.has(crew.id)) throw …; … })`: an array method runs its
 * callback for each element before it returns, so a throw of the callback (written inline, not
 * async) is the call's own. Only receivers typed as arrays or tuples: a stream's or an
 * observable's `map` runs its callback later.
 */
function isThrowingArrayCallback(analysis: Analysis, call: ts.CallExpression | ts.NewExpression, nested: boolean): boolean {
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return false;
  if (!arrayCallbackMethods.has(call.expression.name.text)) return false;
  const [callback] = call.arguments;
  if (!callback || !(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback)) || callback.asteriskToken) return false;
  if (callback.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword)) return false;
  const checker = checkerOf(analysis);
  const receiver = checker.typeOfTsNode(call.expression.expression);
  const parts = receiver.isUnion() ? receiver.types : [receiver];
  if (!parts.every((part) => checker.isArrayType(part) || checker.isTupleType(part))) return false;
  return bodyMayThrow(analysis, callback.body, nested, true);
}

/**
 * A `throw` or a throwing call in a body, outside nested functions and outside `try` blocks that
 * have a `catch`. `nested`: the body is another function's (see {@link mayThrowSynchronously});
 * `self`: the body itself counts (an arrow's expression body).
 */
function bodyMayThrow(analysis: Analysis, body: ts.Node, nested = true, self = false): boolean {
  const visit = (node: ts.Node): boolean => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
    if (ts.isThrowStatement(node)) return true;
    if (ts.isTryStatement(node) && node.catchClause) {
      return visit(node.catchClause) || (node.finallyBlock !== undefined && visit(node.finallyBlock));
    }
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && mayThrowSynchronously(analysis, node, nested)) return true;
    return ts.forEachChild(node, visit) === true;
  };
  return self ? visit(body) : ts.forEachChild(body, visit) === true;
}

const throwingGlobals = new Set(['decodeURI', 'decodeURIComponent', 'atob']);

/** `JSON.parse(…)`, `new URL(…)`, `decodeURIComponent(…)`, `atob(…)`, on the globals. */
function isThrowingBuiltin(analysis: Analysis, call: ts.CallExpression | ts.NewExpression): boolean {
  const callee = call.expression;
  if (ts.isNewExpression(call)) return ts.isIdentifier(callee) && callee.text === 'URL' && isGlobal(analysis, callee);
  if (ts.isIdentifier(callee)) return throwingGlobals.has(callee.text) && isGlobal(analysis, callee);
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 'parse' &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === 'JSON' &&
    isGlobal(analysis, callee.expression)
  );
}

/** True when an identifier names something declared only in declaration files (a global, not a local). */
function isGlobal(analysis: Analysis, identifier: ts.Identifier): boolean {
  const checker = checkerOf(analysis);
  let symbol = checker.getSymbolAtLocation(identifier);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declarations = symbol?.getDeclarations() ?? [];
  return declarations.length > 0 && declarations.every((declaration) => declaration.getSourceFile().isDeclarationFile);
}
