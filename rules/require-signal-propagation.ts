import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES,ESLintUtils } from '@typescript-eslint/utils';
import ts from 'typescript';

import { isPastAbortGuardInCatch } from '../src/analysis/cancellation/abort-guards.js';
import type { SignalCall } from '../src/analysis/cancellation/signal-slots.js';
import { hasSignalProperty, isBuiltinCall, isSignalValue, signalPassing, signalSlotOf, slotAccepts } from '../src/analysis/cancellation/signal-slots.js';
import type { SignalInHand } from '../src/analysis/cancellation/signals-in-hand.js';
import { carriesReceivedOptions, isAbortListener, isVisibleAt, signalsInHand } from '../src/analysis/cancellation/signals-in-hand.js';
import type { FunctionNode } from '../src/analysis/syntax/nodes.js';
import { isFunctionNode, skipTypeWrappers } from '../src/analysis/syntax/nodes.js';
import { typeOf } from '../src/analysis/types/checker.js';
import { createRule } from '../src/create-rule.js';
import { passSignalArgument } from '../src/fix.js';
import type { Suggestion } from '../src/settings.js';
import { offer } from '../src/settings.js';

export type Options = [];
export type MessageId = 'missingSignal' | 'suggestPassSignal';

export default createRule<Options, MessageId>({
  name: 'require-signal-propagation',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an AbortSignal in hand to be passed to calls that accept one',
      recommended: 'recommended',
      requiresTypeChecking: true,
      autofix: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      missingSignal: '`{{callee}}` accepts an AbortSignal but is not given `{{signal}}`: it keeps running after the caller aborts.',
      suggestPassSignal: 'Pass `{{signal}}` to this call.',
    },
    schema: [],
  },
  create(context) {
    const services = ESLintUtils.getParserServices(context);
    const { sourceCode } = context;
    const held = new WeakMap<FunctionNode, SignalInHand[]>();

    const heldBy = (fn: FunctionNode): SignalInHand[] => {
      let signals = held.get(fn);
      if (!signals) held.set(fn, (signals = signalsInHand(services, sourceCode, fn)));
      return signals;
    };

    /**
     * The signals usable at `call`, innermost function first; none in `finally` (cleanup may run after an abort), abort listeners,
     * or `catch` clauses, unless the call runs past an abort guard there (a retry's back-off after `if (signal.aborted) throw err;`).
     */
    const signalsAt = (call: SignalCall): SignalInHand[] => {
      const found: SignalInHand[] = [];
      for (let child: TSESTree.Node = call, current: TSESTree.Node | undefined = call.parent; current; child = current, current = current.parent) {
        if (current.type === AST_NODE_TYPES.CatchClause && !isPastAbortGuardInCatch(services, call, current)) return found;
        if (current.type === AST_NODE_TYPES.TryStatement && current.finalizer === child) return found;
        if (!isFunctionNode(current)) continue;
        found.push(...heldBy(current).filter((signal) => isVisibleAt(sourceCode, signal, call)));
        if (isAbortListener(current)) return found;
      }
      return found;
    };

    /** True when the options argument could be spread into a new object (no string or number member). */
    const isSpreadable = (argument: TSESTree.Node): boolean => {
      const type = typeOf(services, argument);
      const parts = type.isUnion() ? type.types : [type];
      return parts.every((part) => (part.flags & (ts.TypeFlags.Object | ts.TypeFlags.Null | ts.TypeFlags.Undefined)) !== 0 || part.isIntersection());
    };

    /** True when `call` is an argument of a call that gets a signal of its own: `pipeline(createReadStream(path), sink, { signal })` destroys its streams on abort. */
    const managedByOuterCall = (call: SignalCall): boolean => {
      const outer = call.parent;
      if ((outer.type !== AST_NODE_TYPES.CallExpression && outer.type !== AST_NODE_TYPES.NewExpression) || outer.callee === call) return false;
      return outer.arguments.some((argument) => argument !== call && (isSignalValue(services, argument) ||
        (argument.type === AST_NODE_TYPES.ObjectExpression && argument.properties.some((property) =>
          property.type === AST_NODE_TYPES.Property && !property.computed && property.key.type === AST_NODE_TYPES.Identifier && property.key.name === 'signal'))));
    };

    /** `new Request(url)` starts no work (it is often built just to resolve a URL); it counts only when handed straight to a call such as `fetch`. */
    const isDetachedRequest = (call: SignalCall): boolean =>
      call.type === AST_NODE_TYPES.NewExpression && call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'Request' &&
      !((call.parent.type === AST_NODE_TYPES.CallExpression || call.parent.type === AST_NODE_TYPES.NewExpression) && call.parent.arguments.includes(call));

    const isRequest = (call: SignalCall): boolean => call.type === AST_NODE_TYPES.NewExpression && call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'Request';

    const check = (call: SignalCall): void => {
      // `super(…)` sets up the instance (the class wires its signal itself); a detached `Request` starts nothing.
      if (call.callee.type === AST_NODE_TYPES.Super || isDetachedRequest(call) || isBuiltinCall(sourceCode, call) || hasSignalProperty(call)) return;
      // Syntax and scopes first: only a call inside functions that received a signal gets a type question.
      const signals = signalsAt(call);
      if (signals.length === 0 || signals.some((signal) => call.arguments.some((argument) => sourceCode.getText(argument) === signal.text))) return;
      const slot = signalSlotOf(services, call);
      // A call that starts no asynchronous work (`em.fork({ … })`, a sync factory taking a default signal) has nothing to stop.
      if (!slot || (!slot.asynchronous && !isRequest(call))) return;
      if (signalPassing(services, sourceCode, call, slot) !== 'missing' || managedByOuterCall(call)) return;
      // The options handed on under another name or merged: `opts = typeof options === 'object' ? options : {…}`.
      const argument = call.arguments[slot.index];
      if (argument && carriesReceivedOptions(sourceCode, argument, signals.map((signal) => signal.binding))) return;
      const unique = signals.filter((signal, index) => signals.findIndex((other) => other.text === signal.text) === index);
      const edits = unique.flatMap((signal) => {
        if (!slotAccepts(services, slot, signal.type)) return [];
        if (argument && argument.type !== AST_NODE_TYPES.ObjectExpression && !isSpreadable(argument)) return [];
        const edit = passSignalArgument(sourceCode, call, slot, signal.text);
        return edit ? [{ signal, ...edit }] : [];
      });
      const callee = skipTypeWrappers(call.callee);
      const only = edits.length === 1 && unique.length === 1 ? edits[0] : undefined;
      const suggestions: Suggestion<MessageId>[] = edits.map((edit) => ({
        messageId: 'suggestPassSignal',
        data: { signal: edit.signal.text },
        fix: edit.fix,
      }));
      // `a.b.fetch(…)`: point at `fetch`, not at the whole chain (chained calls would share a start).
      const node = callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed ? callee.property : callee;
      context.report({
        node,
        messageId: 'missingSignal',
        data: { callee: sourceCode.getText(callee), signal: unique.map((signal) => signal.text).join('` or `') },
        // Passing the signal the function was given is what the caller asked for: a fix when there is one obvious signal and edit.
        ...(only?.exact ? { fix: only.fix } : offer(context, suggestions)),
      });
    };

    return {
      CallExpression: check,
      NewExpression: check,
    };
  },
});

