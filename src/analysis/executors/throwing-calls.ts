import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isTestCodeAt } from '../scope/test-code.js';
import { alwaysExits } from '../syntax/exits.js';
import type { FunctionNode } from '../syntax/nodes.js';
import { enclosingFunction, isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { containsInBody, isNestedCode, walk } from '../syntax/walk.js';
import { ambientModuleOf, checkerOf, documentedThrows } from '../types/checker.js';
import { isHandedToLocalFunction } from './callback-outcomes.js';
import { isAsyncCallback } from './callback-throws.js';
import type { SettleOwner } from './settlers.js';

/*
 * Calls that throw inside an asynchronous callback, before it settles. A timer, listener or Node
 * callback runs later, outside the executor: an exception there is not turned into a rejection, it
 * escapes as an uncaught exception, and the settle call after it never runs, so the promise stays
 * pending (`readFile(path, (err, text) => { …; resolve(JSON.parse(text)); })` on a malformed file).
 * A call counts as throwing when its declaration says so (a `@throws` tag, as `JSON.parse` has in
 * TypeScript's lib, other than a `TypeError` about argument types the checker already rules out:
 * `path.join`, `JSON.stringify`) or it is one of the standard parsers that throw on malformed input
 * (`JSON.parse`, `decodeURIComponent`, `atob`, `BigInt`, `new URL`, `new RegExp`,
 * `structuredClone`), or a Node.js function documented to throw on input its types allow
 * (`crypto.timingSafeEqual` on buffers of different lengths). It must run on the way to a settle
 * call of the same callback (in that call's arguments, or in a statement before it in a block
 * around it; a settle call handed to a local guard, `settle(() => resolve(value))`, counts as the
 * guard's call), outside a `try` with a `catch`. Async callbacks are left out (a throw there rejects their own promise; see
 * `async-gaps.ts`), and so is test code, where the runner reports the exception.
 */

/** A call that can throw on the way to a settle call in a callback that runs later. */
export interface ThrowingCall {
  call: TSESTree.CallExpression | TSESTree.NewExpression;
  name: string;
}

const throwingGlobals = new Set(['decodeURIComponent', 'decodeURI', 'atob', 'BigInt', 'structuredClone']);
const throwingConstructors = new Set(['URL', 'RegExp']);
/** Node.js functions documented to throw on input that types do not rule out, by module: `timingSafeEqual` on buffers of different lengths. */
const throwingNodeFunctions: Record<string, ReadonlySet<string>> = { crypto: new Set(['timingSafeEqual']) };

/** The name of `call` when it is known to throw on bad input (see the module comment). */
function throwingName(analysis: Analysis, call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = skipTypeWrappers(call.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : memberName(callee);
  if (name === undefined) return undefined;
  const text = analysis.sourceCode.getText(callee);
  if (call.type === AST_NODE_TYPES.NewExpression) {
    if (throwingConstructors.has(name) && callee.type === AST_NODE_TYPES.Identifier) return `new ${name}`;
  } else if (text === 'JSON.parse' || (callee.type === AST_NODE_TYPES.Identifier && throwingGlobals.has(name))) {
    return text;
  }
  const signature = checkerOf(analysis).resolvedSignature(analysis.services.esTreeNodeToTSNodeMap.get(call));
  const module = signature?.declaration === undefined ? undefined : ambientModuleOf(signature.declaration);
  if (module !== undefined && throwingNodeFunctions[module.replace(/^node:/, '')]?.has(name)) {
    return lengthsComparedBefore(call) ? undefined : text;
  }
  // A `@throws {TypeError}` (`path.join`, `JSON.stringify`) is about argument types the checker already rules out.
  const throws = signature?.declaration === undefined ? [] : documentedThrows(signature.declaration);
  if (!throws.some((tag) => !/^\{?\s*TypeError\b/.test(tag))) return undefined;
  return text.length <= 40 && !text.includes('\n') ? (call.type === AST_NODE_TYPES.NewExpression ? `new ${text}` : text) : name;
}

/** True when the function around `call` compares a `length`/`byteLength` before it: `timingSafeEqual`'s own guard. */
function lengthsComparedBefore(call: TSESTree.Node): boolean {
  let fn: TSESTree.Node | undefined = call.parent;
  while (fn && !isFunctionNode(fn)) fn = fn.parent;
  return (
    fn !== undefined &&
    containsInBody(
      fn.body,
      (node) =>
        node.range[1] <= call.range[0] &&
        node.type === AST_NODE_TYPES.BinaryExpression &&
        [node.left, node.right].some((side) => memberName(side) === 'length' || memberName(side) === 'byteLength'),
    )
  );
}

/** True when a `try` with a `catch` between `node` and `fn` catches what `node` throws. */
function caughtWithin(node: TSESTree.Node, fn: FunctionNode): boolean {
  for (let child = node, current = node.parent; current && current !== fn; child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child && current.handler) return true;
  }
  return false;
}

/** The nodes that run before `settle` on its way: its own arguments, and earlier statements of the blocks around it. */
function runsBefore(settle: TSESTree.CallExpression, fn: FunctionNode): TSESTree.Node[] {
  const roots: TSESTree.Node[] = [...settle.arguments];
  for (
    let child: TSESTree.Node = settle, current: TSESTree.Node | undefined = settle.parent;
    current && current !== fn;
    child = current, current = current.parent
  ) {
    if (current.type === AST_NODE_TYPES.BlockStatement)
      roots.push(...current.body.slice(0, current.body.indexOf(child as TSESTree.Statement)));
  }
  return roots;
}

/** The first call per callback that can throw before the callback settles (see the module comment). */
export function uncaughtThrowingCalls(analysis: Analysis, owner: SettleOwner): ThrowingCall[] {
  if (isTestCodeAt(analysis, owner.fn)) return [];
  const found = new Map<FunctionNode, ThrowingCall>();
  for (const { variable } of owner.settlers) {
    for (const reference of variable.references) {
      const identifier = reference.identifier as TSESTree.Node;
      let settle = identifier.parent;
      if (settle?.type !== AST_NODE_TYPES.CallExpression || settle.callee !== identifier) continue;
      let fn = enclosingFunction(settle);
      // `settle(() => resolve(value))`: the guard's call is the settle call of the callback around it.
      while (fn && fn !== owner.fn && isHandedToLocalFunction(analysis, fn)) {
        settle = fn.parent as TSESTree.CallExpression;
        fn = enclosingFunction(settle);
      }
      if (!fn || fn === owner.fn || fn.async || found.has(fn) || !isAsyncCallback(analysis, fn)) continue;
      for (const root of runsBefore(settle, fn)) {
        let call: ThrowingCall | undefined;
        walk(root, (node) => {
          // A branch that always leaves (`if (err) { reject(err); return; }`) is not on the way to the settle call.
          if ((node !== root && isNestedCode(node)) || alwaysExits(node)) return 'skip';
          if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return undefined;
          const name = throwingName(analysis, node);
          if (name === undefined || caughtWithin(node, fn)) return undefined;
          call = { call: node, name };
          return 'stop';
        });
        if (call) {
          found.set(fn, call);
          break;
        }
      }
    }
  }
  return [...found.values()];
}
