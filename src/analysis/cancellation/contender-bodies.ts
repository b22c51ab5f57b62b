import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { isFunctionNode, skipTypeWrappers } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { checkerOf } from '../types/checker.js';
import type { SignalCall, SignalSlot } from './signal-slots.js';
import { signalPassing, signalSlotOf } from './signal-slots.js';

/*
 * The work a race contender runs inside a function body. A contender need not be the
 * signal-aware call itself: `Promise.any(mirrors.map(async (mirror) => { const res = await
 * fetch(url, { signal }); … }))` races the promises of an async callback, `(async () => …)()` an
 * async IIFE, and `Promise.race([loadIndex(), timeout])` a local helper that takes no signal and
 * calls `readFile(path)` inside. Whatever signal-aware call such a body makes runs on when the
 * contender loses: given no signal, nothing can stop it; given one, it stops only when that
 * signal aborts. The body is read one level deep (a helper's helper is not followed), nested
 * functions are not entered, and only functions of the linted file (their body in sight) count.
 */

/** A signal-aware call a contender's body makes, with where it takes the signal and whether it gets one. */
export interface BodyWork {
  call: SignalCall;
  slot: SignalSlot;
  passing: 'missing' | 'passed';
}

/** The function whose body runs as a contender, and whether it is a helper called by name (its body elsewhere in the file). */
export interface ContenderBody {
  fn: FunctionNode;
  helper: boolean;
}

/**
 * The functions a contender (or the callback of a mapped list) runs as its promise: the callback
 * itself when it is async, an IIFE's function, or the local function a call without a signal slot
 * of its own resolves to (`download(mirror)`, `this.fetchFrom(mirror)`, `mirrors.map(download)`).
 */
export function contenderBody(analysis: Analysis, node: TSESTree.Node): ContenderBody | undefined {
  const target = skipTypeWrappers(node);
  if (isFunctionNode(target)) return target.async ? { fn: target, helper: false } : undefined;
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipTypeWrappers(target.callee);
    // `(async () => { … })()`
    if (isFunctionNode(callee)) return callee.async ? { fn: callee, helper: false } : undefined;
    if (signalSlotOf(analysis, target)) return undefined;
    const fn = localFunctionOf(analysis, callee);
    return fn ? { fn, helper: true } : undefined;
  }
  if (target.type === AST_NODE_TYPES.Identifier || target.type === AST_NODE_TYPES.MemberExpression) {
    // `mirrors.map(download)`: the reference is called for each element.
    const fn = localFunctionOf(analysis, target);
    return fn ? { fn, helper: true } : undefined;
  }
  return undefined;
}

/** The function of the linted file a callee names (a declaration, a `const` arrow, a method), when its body is in sight. */
export function localFunctionOf(analysis: Analysis, callee: TSESTree.Node): FunctionNode | undefined {
  const target = callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee;
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const checker = checkerOf(analysis);
  const symbol = checker.getSymbolAtLocation(analysis.services.esTreeNodeToTSNodeMap.get(target));
  const resolved = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const declarations = resolved?.declarations ?? [];
  if (declarations.length !== 1) return undefined;
  const [declaration] = declarations;
  const fn = declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : declaration;
  if (!fn || !(ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isMethodDeclaration(fn)))
    return undefined;
  if (!fn.body) return undefined;
  const mapped = analysis.services.tsNodeToESTreeNodeMap.get(fn) as TSESTree.Node | undefined;
  const estree = mapped?.type === AST_NODE_TYPES.MethodDefinition ? mapped.value : mapped;
  return isFunctionNode(estree) ? estree : undefined;
}

/**
 * The signal-aware calls that start asynchronous work in `fn`'s own body (nested functions are
 * not entered), with whether each gets a signal. Calls whose signal cannot be told (a spread, an
 * options value that may carry one) are left out.
 */
export function bodyWork(analysis: Analysis, fn: FunctionNode): BodyWork[] {
  const found: BodyWork[] = [];
  walk(fn.body, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return undefined;
    const slot = signalSlotOf(analysis, node);
    if (!slot?.asynchronous) return undefined;
    const passing = signalPassing(analysis, node, slot);
    if (passing !== 'unknown') found.push({ call: node, slot, passing });
    return undefined;
  });
  return found;
}
