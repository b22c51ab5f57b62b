import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { declaratorOf } from '../scope/initializers.js';
import { variableOf } from '../scope/variables.js';
import { calleeName, isLoggingCall } from '../syntax/calls.js';
import { isFunctionNode, skipTypeWrappers } from '../syntax/nodes.js';
import { containsInBody, walk } from '../syntax/walk.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { isAnyOrUnknown, objectParts, unionMembers } from '../types/members.js';
import { isAbortSignalType } from '../types/thenables.js';
import { isSignalKey, isSignalValue } from './signal-slots.js';
import { isOwnAbortSignal } from './signals-in-hand.js';

/*
 * Which guarded regions (a `try` block, the promise a `.catch` is attached to) run signal-aware
 * work: work that receives an `AbortSignal` that can abort from outside the function.
 */

/**
 * A signal expression that work inside a guarded region receives. For a received context handed
 * on whole (`pullReads(id, ctx)` with `ctx: { signal: AbortSignal }`), `node` is the context and
 * `text` names its signal (`ctx.signal`).
 */
interface SignalUse {
  node: TSESTree.Node;
  text?: string;
}

/** The source text of the signal a use hands on (`signal`, `opts.signal`, or `ctx.signal` for a context handed on whole). */
export function signalUseText(analysis: Analysis, use: SignalUse): string {
  return use.text ?? analysis.sourceCode.getText(skipTypeWrappers(use.node));
}

/**
 * True when the property is declared in the program's own code: a context type of its own
 * (`interface SyncContext { signal: AbortSignal }`), not a library's `Request`, whose signal in
 * a server handler is the client going away (a handler answering 500 then hides nothing).
 */
function isDeclaredByProgram(analysis: Analysis, property: ts.Symbol): boolean {
  const program = analysis.services.program;
  const declarations = property.declarations ?? [];
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => {
      const file = declaration.getSourceFile();
      return (
        !program.isSourceFileDefaultLibrary(file) &&
        !program.isSourceFileFromExternalLibrary(file) &&
        !/[\\/]node_modules[\\/]/.test(file.fileName)
      );
    })
  );
}

/**
 * The key of the signal a received parameter always carries (`ctx: { signal: AbortSignal }`; not
 * `options?: { signal?: AbortSignal }`, which may hold none): a parameter of an enclosing function,
 * typed as an object every member of which has a required property named for a signal that holds
 * an `AbortSignal`, declared by the program (see `isDeclaredByProgram`).
 */
function carriedSignalKey(analysis: Analysis, node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (variableOf(analysis, node)?.defs[0]?.type !== 'Parameter') return undefined;
  const type = typeOf(analysis, node);
  // `options?: { signal?: AbortSignal }` may carry no signal at all: only a context that always has one counts.
  if (unionMembers(type).some((part) => part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null))) return undefined;
  const checker = checkerOf(analysis);
  const parts = objectParts(type);
  let key: string | undefined;
  for (const part of parts) {
    if (isAnyOrUnknown(part) || (part.flags & ts.TypeFlags.Object) === 0) return undefined;
    const property = part.getProperty('signal') ?? part.getProperties().find((candidate) => isSignalKey(candidate.escapedName.toString()));
    if (!property || property.flags & ts.SymbolFlags.Optional || !isDeclaredByProgram(analysis, property)) return undefined;
    if (!isAbortSignalType(analysis, checker.getTypeOfSymbol(property))) return undefined;
    key ??= property.escapedName.toString();
  }
  return key;
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
            for (const argument of node.arguments) {
              if (argument.type === AST_NODE_TYPES.SpreadElement) continue;
              consider(argument);
              // `pullReads(id, ctx)`: the received context's signal goes with it.
              const key =
                node.type === AST_NODE_TYPES.CallExpression && !isLoggingCall(node) ? carriedSignalKey(analysis, argument) : undefined;
              if (key) uses.push({ node: argument, text: `${analysis.sourceCode.getText(argument)}.${key}` });
            }
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
    // `for await (const line of lines)` over `const lines = createInterface({ input: createReadStream(path, { signal }) })` too.
    const awaitedOperand =
      node.type === AST_NODE_TYPES.AwaitExpression
        ? node.argument
        : node.type === AST_NODE_TYPES.ForOfStatement && node.await
          ? node.right
          : undefined;
    if (!awaitedOperand) return false;
    const operand = skipTypeWrappers(awaitedOperand);
    if (operand.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = variableOf(analysis, operand);
    const declarator = variable && declaratorOf(variable);
    if (declarator?.id.type === AST_NODE_TYPES.Identifier && declarator.init && !isFunctionNode(declarator.init))
      found.push(declarator.init);
    return false;
  });
  return found;
}
