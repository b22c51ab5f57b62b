import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type { Analysis } from '../context.js';
import { isTestCode } from '../scope/test-code.js';
import type { LoopNode } from '../syntax/nodes.js';
import { isFunctionNode, isLoop } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { checkerOf, typeOf } from '../types/checker.js';
import { unionMembers } from '../types/members.js';
import { missingSignal, signalsAt } from './signal-propagation.js';
import type { SignalInHand } from './signals-in-hand.js';
import { uncancellableWait } from './uncancellable-waits.js';
import ts from 'typescript';

/*
 * A signal in hand that nothing reads. A function that received a signal (an `AbortSignal`
 * parameter, `{ signal }`, `options.signal`, `ctx.signal`) and runs a loop that waits on every turn
 * (an `await` in its body, or `for await`) goes on with that loop after the caller aborts when
 * nothing in the function reads the signal: it is not checked (`aborted`, `throwIfAborted()`, a
 * listener), not passed to any call, and the object that carries it is not handed on whole (a
 * callee could read it there). Only the outermost such loop of a function is judged, and only when
 * nothing in it is reported already as a call missing the signal or an uncancellable wait: those
 * reports name the same fault more precisely. Left alone: test code (the runner ends the work),
 * loops that `yield` (the consumer paces them and stops by leaving the iteration), options the
 * function never reads (`signalsInHand` drops an optional signal there), and a request's signal
 * (`req.signal`: the client went away, and finishing the loop loses nothing).
 */

/** A loop that runs on after an abort: the loop and the signal in hand that nothing reads. */
export interface IgnoredSignal {
  loop: LoopNode;
  signal: SignalInHand;
  /** True when the signal may be absent (`options?.signal`, `signal?: AbortSignal`). */
  optional: boolean;
}

/** The signal in hand that nothing in its function reads while `loop` waits on every turn. */
export function ignoredSignalLoop(analysis: Analysis, loop: LoopNode): IgnoredSignal | undefined {
  if (isTestCode(analysis) || !waitsEachTurn(loop) || isInsideOuterLoop(loop)) return undefined;
  const signal = signalsAt(analysis, loop, true).find(
    (held) => held.source === 'parameter' && !isRequestSignal(analysis, held) && !isSignalRead(analysis, held),
  );
  if (!signal || isReportedInside(analysis, loop)) return undefined;
  const optional =
    signal.text.includes('?.') ||
    unionMembers(signal.type).some((part) => (part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) !== 0);
  return { loop, signal, optional };
}

/**
 * True for the signal of a request (`req.signal` of a fetch `Request`, `NextRequest`…): it aborts
 * when the client goes away, and a handler that lets a loop finish anyway wastes work but loses
 * nothing; a call there that accepts the signal is still `missingSignal`'s.
 */
function isRequestSignal(analysis: Analysis, signal: SignalInHand): boolean {
  if (signal.text === signal.binding.name) return false;
  const name = checkerOf(analysis).getNonNullableType(typeOf(analysis, signal.binding)).getSymbol()?.getName() ?? '';
  return /Request$/.test(name);
}

/** True for `for await`, and for a loop whose body (or condition) awaits in the same function and never yields. */
function waitsEachTurn(loop: LoopNode): boolean {
  let awaits = loop.type === AST_NODE_TYPES.ForOfStatement && loop.await;
  const yields = walk(loop, (node) => {
    if (node.type === AST_NODE_TYPES.YieldExpression) return 'stop';
    if (node.type === AST_NODE_TYPES.AwaitExpression) awaits = true;
    return undefined;
  });
  return awaits && !yields;
}

/** True when a loop of the same function holds `loop`: the outer one is judged. */
function isInsideOuterLoop(loop: LoopNode): boolean {
  for (let current: TSESTree.Node | undefined = loop.parent; current && !isFunctionNode(current); current = current.parent)
    if (isLoop(current)) return true;
  return false;
}

/**
 * True when something reads the signal: any read of a signal held by its own name, and for one
 * held in an object (`ctx.signal`) a read of its `signal`, a computed member, or the object used
 * whole (passed, returned, spread, destructured): only other members read off it (`ctx.log(…)`)
 * leave the signal unread.
 */
function isSignalRead(analysis: Analysis, signal: SignalInHand): boolean {
  const variable = ASTUtils.findVariable(analysis.sourceCode.getScope(signal.binding), signal.binding);
  if (!variable) return true;
  const held = signal.text !== signal.binding.name;
  const key = signal.text.slice(signal.text.lastIndexOf('.') + 1);
  return variable.references.some((reference) => {
    if (!reference.isRead()) return false;
    if (!held) return true;
    const parent = reference.identifier.parent;
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== reference.identifier) return true;
    return parent.computed || parent.property.type !== AST_NODE_TYPES.Identifier || parent.property.name === key;
  });
}

/** True when a call in the loop misses the signal or an await there cannot be cut short: reported already. */
function isReportedInside(analysis: Analysis, loop: LoopNode): boolean {
  return walk(loop, (node) => {
    if ((node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) && missingSignal(analysis, node))
      return 'stop';
    if (node.type === AST_NODE_TYPES.AwaitExpression && uncancellableWait(analysis, node)) return 'stop';
    return undefined;
  });
}

/** The statement list a check at the top of each turn goes into: the loop's block body. */
export function loopBlock(loop: LoopNode): TSESTree.BlockStatement | undefined {
  return loop.body.type === AST_NODE_TYPES.BlockStatement ? loop.body : undefined;
}
