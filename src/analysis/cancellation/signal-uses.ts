import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { declaratorOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import { calleeName } from '../syntax/calls.js';
import { isFunctionNode, skipTypeWrappers } from '../syntax/nodes.js';
import { containsInBody, walk } from '../syntax/walk.js';
import { isSignalKey, isSignalValue } from './signal-slots.js';
import { isOwnAbortSignal } from './signals-in-hand.js';

/*
 * Which guarded regions (a `try` block, the promise a `.catch` is attached to) run signal-aware
 * work: work that receives an `AbortSignal` that can abort from outside the function.
 */

/** A signal expression that work inside a guarded region receives. */
interface SignalUse {
  node: TSESTree.Node;
}

/**
 * The signals handed to work inside `region` (nested callbacks included): call arguments, `signal`
 * properties, `AbortSignal.any([…])` members and `x.throwIfAborted()` receivers, leaving out
 * signals that only ever abort by the function's own doing (`isOwnAbortSignal`).
 */
export function signalUsesIn(analysis: Analysis, region: TSESTree.Node): SignalUse[] {
  const uses: SignalUse[] = [];
  const consider = (node: TSESTree.Node): void => {
    const target = skipTypeWrappers(node);
    if (!isSignalValue(analysis, target)) return;
    if (target.type === AST_NODE_TYPES.CallExpression && calleeName(target) === 'any') {
      const [list] = target.arguments;
      if (list?.type === AST_NODE_TYPES.ArrayExpression) {
        for (const element of list.elements) if (element && element.type !== AST_NODE_TYPES.SpreadElement) consider(element);
        return;
      }
    }
    if (!isOwnAbortSignal(analysis, target)) uses.push({ node: target });
  };
  // Nested callbacks included: work they start is work of the region.
  walk(
    region,
    (node) => {
      // A listener registered with `{ signal }` is removed on abort: that is no signal-aware work.
      if (node.type === AST_NODE_TYPES.CallExpression && calleeName(node) === 'addEventListener') return 'skip';
      switch (node.type) {
        case AST_NODE_TYPES.CallExpression:
        case AST_NODE_TYPES.NewExpression:
          if (
            node.type === AST_NODE_TYPES.CallExpression &&
            calleeName(node) === 'throwIfAborted' &&
            node.callee.type === AST_NODE_TYPES.MemberExpression
          ) {
            consider(node.callee.object);
          } else if (node.type === AST_NODE_TYPES.NewExpression || calleeName(node) !== 'any') {
            for (const argument of node.arguments) if (argument.type !== AST_NODE_TYPES.SpreadElement) consider(argument);
          }
          break;
        case AST_NODE_TYPES.Property:
          if (!node.computed && node.key.type === AST_NODE_TYPES.Identifier && isSignalKey(node.key.name)) consider(node.value);
          break;
        default:
          break;
      }
    },
    { nested: true },
  );
  return uses;
}

/** True when `block` waits (outside nested functions): `await`, `for await`, `yield`, or a direct `throwIfAborted()`. */
export function suspendsOrChecks(block: TSESTree.Node): boolean {
  return containsInBody(
    block,
    (node) =>
      node.type === AST_NODE_TYPES.AwaitExpression ||
      node.type === AST_NODE_TYPES.YieldExpression ||
      (node.type === AST_NODE_TYPES.ForOfStatement && node.await) ||
      (node.type === AST_NODE_TYPES.CallExpression && calleeName(node) === 'throwIfAborted'),
  );
}

/** The `const` initializers of locals awaited in `block` (`const job = fetch(url, { signal }); try { await job; }`). */
export function awaitedInitializers(analysis: Analysis, block: TSESTree.Node): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  containsInBody(block, (node) => {
    if (node.type !== AST_NODE_TYPES.AwaitExpression) return false;
    const operand = skipTypeWrappers(node.argument);
    if (operand.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = variableOf(analysis, operand);
    const declarator = variable && declaratorOf(variable);
    if (declarator?.id.type === AST_NODE_TYPES.Identifier && declarator.init && !isFunctionNode(declarator.init))
      found.push(declarator.init);
    return false;
  });
  return found;
}
