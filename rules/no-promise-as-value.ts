import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { analysisOf } from '../src/analysis/context.js';
import type { Specifier } from '../src/analysis/promises/allow-list.js';
import { matchesSpecifiers, specifierListSchema } from '../src/analysis/promises/allow-list.js';
import { mayTakeAnyValue, nestedSlotTakesAnything, takesAnyValue } from '../src/analysis/promises/any-value-params.js';
import { awaitMayDeadlock } from '../src/analysis/promises/await-safety.js';
import { settledSourceOf } from '../src/analysis/promises/settled-values.js';
import { fallbackPromiseOf, isAnyTyped, promisePathInType } from '../src/analysis/promises/value-nesting.js';
import { storedPromiseAt, storedPromisesOf, usesStoredValues } from '../src/analysis/promises/value-holders.js';
import { isTruthyOrPromise, testedFallbackPromise } from '../src/analysis/promises/value-truthiness.js';
import type { SinkKind, ValueSink } from '../src/analysis/promises/value-uses.js';
import {
  holdsOnlyPromises,
  isAlwaysPromise,
  isAsyncPredicate,
  isRejectionEventPromise,
  isPlainValue,
  maybePromiseTypeText,
  printsItself,
  sinksOf,
} from '../src/analysis/promises/value-uses.js';
import { isAmbientlyDeclared, isParameterRead, mayBeAbsent } from '../src/analysis/scope/declarations.js';
import { skipTypeWrappers } from '../src/analysis/syntax/nodes.js';
import { typeOf } from '../src/analysis/types/checker.js';
import { canAwaitAt } from '../src/analysis/types/program-options.js';
import { settledValueShape } from '../src/analysis/types/thenables.js';
import { createRule } from '../src/create-rule.js';
import { prefixOperator, replaceWith } from '../src/fix.js';
import { offer } from '../src/settings.js';

export type Options = [{ allowList?: Specifier[] }];
export type MessageId =
  | Exclude<SinkKind, 'lookup'>
  | 'jsonNested'
  | 'cloneNested'
  | 'settledComparison'
  | 'promiseFallback'
  | 'truthyOrPromise'
  | 'storedPromise'
  | 'maybePromise'
  | 'suggestAwait';

export default createRule<Options, MessageId>({
  name: 'no-promise-as-value',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow using a promise where the value it resolves to is meant',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      string: 'This turns the promise itself into a string ("[object Promise]"), not the value it resolves to.',
      json: '`JSON.stringify` of a promise is "{}": the value it resolves to is not serialized.',
      clone: '`structuredClone` cannot copy a promise (it throws a `DataCloneError`), let alone the value it resolves to.',
      jsonNested:
        'This value holds a promise at `{{path}}` (see its type): `JSON.stringify` writes it as "{}", not the value it resolves to. Await it where the value is built.',
      cloneNested:
        'This value holds a promise at `{{path}}` (see its type): `structuredClone` cannot copy it (it throws a `DataCloneError`). Await it where the value is built.',
      spread: 'Spreading a promise copies none of the properties of the value it resolves to.',
      assign: '`Object.assign` copies no property from a promise, none of the value it resolves to.',
      condition: 'A promise is always truthy: this test does not depend on the value it resolves to.',
      nullish: 'A promise is never `null` or `undefined`: {{consequence}}.',
      comparison: 'This compares the promise itself, not the value it resolves to.',
      settledComparison: '`{{value}}` holds the value that `{{combinator}}` settled with, never a promise: {{consequence}}.',
      typeof: '`typeof` a promise is always "object", not the type of the value it resolves to.',
      argument: '`{{callee}}` receives the promise itself, not the value it resolves to.',
      promiseFallback:
        'When the left side of `{{operator}}` is {{missing}}, this promise is the result, and the result is used as a value on line {{line}}: the value it resolves to was meant.',
      truthyOrPromise:
        'This value is either `true` or a promise, and a promise is always truthy: the test is always true and never looks at the value the promise resolves to.',
      storedPromise: 'This promise is stored in {{holder}}, which is used as a value on line {{line}}: the value it resolves to was meant.',
      maybePromise:
        'This value may be a promise (its type is `{{type}}`): on the paths where it is one, {{use}} holds the promise itself, not the value it resolves to.',
      asyncPredicate: '`{{callee}}` tests what this callback returns, and a promise is always truthy: it does not wait for the result.',
      suggestAwait: 'Await the promise.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowList: { ...specifierListSchema, description: 'Functions that may receive promises as arguments.' },
        },
      },
    ],
    defaultOptions: [{ allowList: [] }],
  },
  create(context, [{ allowList = [] }]) {
    const analysis = analysisOf(context);
    const { sourceCode } = context;
    /** The report a use deserves, if it is a misuse: its message, data, and whether `await` repairs it. */
    const verdictOf = (sink: ValueSink): Verdict | undefined => {
      if (sink.kind === 'asyncPredicate') {
        const misused = sink.call?.type === AST_NODE_TYPES.CallExpression && isAsyncPredicate(analysis, sink.call, sink.operand);
        return misused ? { messageId: 'asyncPredicate', canAwait: false } : undefined;
      }
      if (sink.kind === 'lookup') return lookupVerdict(sink);
      if (sink.kind === 'string' && printsItself(analysis, sink.operand)) return undefined;
      const operand = skipTypeWrappers(sink.operand);
      const handed = sink.within ?? sink.operand;
      if (
        sink.kind === 'argument' &&
        sink.call &&
        !mayTakeAnyValue(analysis, sink.call, sink.call.arguments.indexOf(handed as TSESTree.CallExpressionArgument)) &&
        !(sink.within && nestedSlotTakesAnything(analysis, sink.operand, sink.within))
      ) {
        return undefined;
      }
      if (operand.type === AST_NODE_TYPES.AwaitExpression) return undefined;
      if (!isAlwaysPromise(analysis, sink.operand))
        return (
          fallbackVerdict(sink) ??
          truthinessVerdict(sink, operand) ??
          storedReadVerdict(sink) ??
          maybePromiseVerdict(sink) ??
          nestedPromiseVerdict(sink)
        );
      const plain: Verdict = { messageId: sink.kind, canAwait: true };
      switch (sink.kind) {
        case 'condition':
          return mayBeAbsent(analysis, operand) ? undefined : plain;
        case 'nullish':
          if (mayBeAbsent(analysis, operand)) return undefined;
          if (sink.always === undefined) return { ...plain, data: { consequence: 'the right side of `??` never runs' } };
          // `animation.finished !== undefined` on a DOM or library type is feature detection, and
          // `if (p == null) throw new TypeError(…)` on a parameter validates untyped callers.
          if (isAmbientlyDeclared(analysis, operand) || isParameterRead(analysis, operand)) return undefined;
          return { ...plain, data: { consequence: `this comparison is always ${String(sink.always)}` } };
        case 'comparison':
          return sink.other === undefined ? undefined : comparisonVerdict(sink, operand, sink.other);
        case 'argument':
          return sink.call !== undefined &&
            !isRejectionEventPromise(analysis, operand) &&
            takesAnyValue(analysis, sink.call, handed, sink.operand) &&
            !matchesSpecifiers(analysis, sink.call, allowList)
            ? plain
            : undefined;
        default:
          return plain;
      }
    };

    /**
     * `const region = env.REGION || lookupRegion()` used in a string, JSON, a clone, a spread or a
     * parameter that takes anything: on the fallback path the promise is what gets used. Reported
     * once, on the promise.
     */
    const fallbackVerdict = (sink: ValueSink): Verdict | undefined => {
      // `(cache.get(tag) ?? lookup(tag)) === 'expired'`: on the fallback path a promise is compared with a value it never equals.
      const comparedWithLiteral = sink.kind === 'comparison' && sink.other?.type === AST_NODE_TYPES.Literal;
      if (!fallbackKinds.has(sink.kind) && !comparedWithLiteral) return undefined;
      if (sink.kind === 'argument' && !(sink.call && takesAnyValue(analysis, sink.call, sink.within ?? sink.operand))) return undefined;
      if (sink.kind === 'argument' && sink.call && matchesSpecifiers(analysis, sink.call, allowList)) return undefined;
      const found = fallbackPromiseOf(analysis, sink.operand);
      if (!found || fallbacksReported.has(found.promise)) return undefined;
      fallbacksReported.add(found.promise);
      const { operator } = found.logical;
      return {
        messageId: 'promiseFallback',
        canAwait: true,
        node: found.promise,
        data: { operator, missing: operator === '??' ? '`null` or `undefined`' : 'falsy', line: String(sink.operand.loc.start.line) },
      };
    };
    const fallbacksReported = new Set<TSESTree.Node>();

    /**
     * `` `${wait} min` `` where `wait` is `number | Promise<number>` (a cache hit or a fetch): on
     * the paths that produce the promise, the string or the JSON holds the promise itself. Only for
     * the uses whose result shows it (a string, JSON), and for a union of promises and plain values
     * (not `any`, not only `null`/`undefined` besides the promise, which the other checks cover).
     */
    const maybePromiseVerdict = (sink: ValueSink): Verdict | undefined => {
      if (sink.kind !== 'string' && sink.kind !== 'json') return undefined;
      const type = maybePromiseTypeText(analysis, sink.operand);
      if (type === undefined) return undefined;
      return { messageId: 'maybePromise', canAwait: true, data: { type, use: sink.kind === 'json' ? 'the JSON' : 'the string' } };
    };

    /** `JSON.stringify({ arrivals: records })` where `records` is `{ locker: Promise<Locker> }[]`: the promise inside is written as `{}`. */
    const nestedPromiseVerdict = (sink: ValueSink): Verdict | undefined => {
      if (sink.kind !== 'json' && sink.kind !== 'clone') return undefined;
      // A literal's own values are sinks of their own: each is judged where it is written.
      const operand = skipTypeWrappers(sink.operand);
      if (operand.type === AST_NODE_TYPES.ObjectExpression || operand.type === AST_NODE_TYPES.ArrayExpression) return undefined;
      // A holder whose promises are in sight (`entries.push({ grams: portion(id) })`) is reported where they are stored.
      if (storedPromisesOf(analysis, sink.operand).length > 0) return undefined;
      const path = promisePathInType(analysis, typeOf(analysis, sink.operand));
      if (path === undefined) return undefined;
      return { messageId: sink.kind === 'json' ? 'jsonNested' : 'cloneNested', canAwait: false, data: { path } };
    };

    /** `` `${summary.total}` `` after `summary.total = computeTotal();` on a local built from a literal. */
    const storedReadVerdict = (sink: ValueSink): Verdict | undefined => {
      if (!storedReadKinds.has(sink.kind) || !storedPromiseAt(analysis, sink.operand)) return undefined;
      if (sink.kind === 'argument' && !(sink.call && takesAnyValue(analysis, sink.call, sink.within ?? sink.operand))) return undefined;
      if (sink.kind === 'argument' && sink.call && matchesSpecifiers(analysis, sink.call, allowList)) return undefined;
      return { messageId: sink.kind as MessageId, canAwait: true };
    };

    /**
     * `if (!canDelete)` after `const canDelete = isOwner || user.hasPermission(…)`: the value is
     * `true` or a promise, so the test is always true. Reported on the promise of the `||` when it
     * is in reach (where the `await` belongs), on the tested value otherwise.
     */
    const truthinessVerdict = (sink: ValueSink, operand: TSESTree.Node): Verdict | undefined => {
      if (sink.kind !== 'condition') return undefined;
      const alwaysTruthy = isTruthyOrPromise(analysis, operand);
      // `const tiered = overrides.get(id) ?? flags.isEnabled(flag); if (tiered)`: the fallback is what gets tested.
      const found = alwaysTruthy ? fallbackPromiseOf(analysis, operand) : testedFallbackPromise(analysis, operand);
      if (!found) return alwaysTruthy ? { messageId: 'truthyOrPromise', canAwait: false } : undefined;
      if (fallbacksReported.has(found.promise)) return undefined;
      fallbacksReported.add(found.promise);
      const line = String(sink.operand.loc.start.line);
      const { operator } = found.logical;
      return {
        messageId: 'promiseFallback',
        canAwait: true,
        node: found.promise,
        data: { operator, missing: operator === '??' ? '`null` or `undefined`' : 'falsy', line },
      };
    };

    /**
     * `p > 3`, `p === value`: the promise is compared, not its value. Against an awaited value the
     * result is fixed whatever that value's type, since a settled value is never a promise.
     */
    const comparisonVerdict = (sink: ValueSink, operand: TSESTree.Node, other: TSESTree.Node): Verdict | undefined => {
      const operator = sink.operator ?? '';
      const settled = operator in equalityResults ? settledSourceOf(analysis, other) : undefined;
      if (settled && !mayBeAbsent(analysis, operand)) {
        if (settled.via === 'await') return { messageId: 'comparison', canAwait: true };
        // Awaiting the promise would compare values, and two promises may settle with equal ones: no suggestion.
        return settledVerdict(other, settled.combinator, `this comparison with a promise is always ${equalityResults[operator]!}`);
      }
      // `p === row.status` with `row: any` (a parsed body, an untyped query result): a value was meant.
      return isPlainValue(analysis, other) || isAnyTyped(analysis, other) ? { messageId: 'comparison', canAwait: true } : undefined;
    };

    /** `pending.indexOf(winner)`, `running.delete(winner)` with promises in the collection and a settled value. */
    const lookupVerdict = (sink: ValueSink): Verdict | undefined => {
      const callee = sink.call ? skipTypeWrappers(sink.call.callee) : undefined;
      if (callee?.type !== AST_NODE_TYPES.MemberExpression || !holdsOnlyPromises(analysis, typeOf(analysis, callee.object)))
        return undefined;
      const settled = settledSourceOf(analysis, sink.operand);
      if (settled?.via !== 'combinator') return undefined;
      return settledVerdict(sink.operand, settled.combinator, `\`${sourceCode.getText(callee.property)}\` never finds it among promises`);
    };

    const settledVerdict = (value: TSESTree.Node, combinator: string, consequence: string): Verdict => {
      const text = sourceCode.getText(value);
      return {
        messageId: 'settledComparison',
        canAwait: false,
        data: { value: text.length > 40 ? `${text.slice(0, 37)}…` : text, combinator, consequence },
      };
    };

    /** `await p`, or `(await p).toString()` where the promise is the object of a member access. */
    const awaitFix = (operand: TSESTree.Expression): ReturnType<typeof prefixOperator> => {
      const { parent } = operand;
      // `{ key }` becomes `{ key: await key }`.
      if (parent.type === AST_NODE_TYPES.Property && parent.shorthand && parent.value === operand)
        return replaceWith(sourceCode, parent, `${sourceCode.getText(operand)}: await ${sourceCode.getText(operand)}`);
      if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== operand) return prefixOperator(sourceCode, operand, 'await');
      const text = sourceCode.getText(operand);
      const tight =
        operand.type === AST_NODE_TYPES.Identifier ||
        operand.type === AST_NODE_TYPES.CallExpression ||
        operand.type === AST_NODE_TYPES.MemberExpression;
      return replaceWith(sourceCode, operand, `(await ${tight ? text : `(${text})`})`);
    };

    /**
     * `await` in front of the promise, when it is right here: `await` is allowed, the promise
     * carries a value this use can read (a `Promise<void>` in a condition or a string would still
     * be a mistake; a test for `null` needs a value that can be `null`), and waiting here cannot
     * hold back what settles it (a waiter whose trigger comes later, work started to run meanwhile).
     */
    const awaitSuggestion = (sink: ValueSink, verdict: Verdict): { messageId: MessageId; fix: ReturnType<typeof awaitFix> } | undefined => {
      const operand = (verdict.node ?? sink.operand) as TSESTree.Expression;
      if (!verdict.canAwait || !canAwaitAt(analysis, operand)) return undefined;
      const shape = settledValueShape(analysis, operand);
      if (shape === 'nothing' && sink.kind !== 'typeof') return undefined;
      if (sink.kind === 'nullish' && shape !== 'maybeNullish' && shape !== 'opaque' && !verdict.node) return undefined;
      if (awaitMayDeadlock(analysis, operand, operand)) return undefined;
      return { messageId: 'suggestAwait', fix: awaitFix(operand) };
    };

    /**
     * `res.json(body)` after `const body = { id }; body.result = load(key);`, or `JSON.stringify(await
     * describe(job))` whose object is built that way: each promise stored in the object is used
     * too. Reported once, on the promise.
     */
    const checkStored = (sink: ValueSink): void => {
      const operand = skipTypeWrappers(sink.operand);
      // A local inside the literal (`JSON.stringify({ vessel, records })`) is used with everything in it
      // too, and so is a holder built right there (`{ bands: bands.map((b) => ({ b, danger: assess(b) })) }`).
      if (
        !holderKinds.has(sink.kind) ||
        (sink.within !== undefined && operand.type !== AST_NODE_TYPES.Identifier && operand.type !== AST_NODE_TYPES.CallExpression)
      )
        return;
      if (operand.type === AST_NODE_TYPES.ObjectExpression || operand.type === AST_NODE_TYPES.ArrayExpression) return;
      if (sink.kind === 'argument') {
        const { call } = sink;
        // The argument handed over: the operand, or the literal it is nested in (`submit(id, { files: entries })`).
        const argument = sink.within ?? sink.operand;
        // Like values nested in a literal: constructors keep what they are given (`new Client(options)`).
        // A local nested in the literal (`{ to, data: payload }`) goes where its own slot says
        // (`data: Record<string, unknown>`): the parameter's type as a whole is no quick answer then.
        if (
          call?.type !== AST_NODE_TYPES.CallExpression ||
          (sink.within === undefined &&
            !mayTakeAnyValue(analysis, call, call.arguments.indexOf(argument as TSESTree.CallExpressionArgument))) ||
          !usesStoredValues(analysis, call, call.arguments.indexOf(argument as TSESTree.CallExpressionArgument))
        )
          return;
        if (!takesAnyValue(analysis, call, argument, sink.operand) || matchesSpecifiers(analysis, call, allowList)) return;
      }
      for (const { promise, holder } of storedPromisesOf(analysis, sink.operand)) {
        if (storedReported.has(promise)) continue;
        storedReported.add(promise);
        const verdict: Verdict = { messageId: 'storedPromise', canAwait: true, node: promise };
        context.report({
          node: promise,
          messageId: 'storedPromise',
          data: { holder, line: String(sink.operand.loc.start.line) },
          ...offer(context, [awaitSuggestion(sink, verdict)]),
        });
      }
    };
    const storedReported = new Set<TSESTree.Node>();

    const check = (node: TSESTree.Node): void => {
      // A `switch` discriminant meets every case: it is reported once.
      const reported = new Set<TSESTree.Node>();
      for (const sink of sinksOf(analysis, node)) {
        checkStored(sink);
        if (reported.has(sink.operand)) continue;
        const verdict = verdictOf(sink);
        if (!verdict) continue;
        reported.add(sink.operand);
        const callee = sink.call ? sourceCode.getText(sink.call.callee) : '';
        context.report({
          node: verdict.node ?? sink.operand,
          messageId: verdict.messageId,
          data: { callee: callee.length > 40 ? `${callee.slice(0, 37)}…` : callee, ...verdict.data },
          ...offer(context, [awaitSuggestion(sink, verdict)]),
        });
      }
    };

    return {
      TemplateLiteral: check,
      BinaryExpression: check,
      'AssignmentExpression[operator="+="]': check,
      LogicalExpression: check,
      'UnaryExpression[operator="!"]': check,
      IfStatement: check,
      WhileStatement: check,
      DoWhileStatement: check,
      ForStatement: check,
      SwitchStatement: check,
      ConditionalExpression: check,
      'ObjectExpression > SpreadElement': check,
      CallExpression: check,
      NewExpression: check,
    };
  },
});

interface Verdict {
  messageId: MessageId;
  /** Whether `await` in front of the promise is a plausible repair (offered as a suggestion). */
  canAwait: boolean;
  data?: Record<string, string>;
  /** The node to report when it is not the operand (the promise behind a `??`/`||` fallback). */
  node?: TSESTree.Node;
}

/** Uses where a promise from a `??`/`||` fallback stands in for its value. */
const fallbackKinds = new Set<SinkKind>(['string', 'json', 'clone', 'spread', 'assign', 'argument']);

/** Uses of a property read (`summary.total`) that, like the uses of a promise, stand in for the value it resolves to. */
const storedReadKinds = new Set<SinkKind>(['string', 'json', 'clone', 'spread', 'assign', 'condition', 'typeof', 'argument']);

/** Deep uses that look at every value stored in an object they receive. */
const holderKinds = new Set<SinkKind>(['json', 'clone', 'argument']);

/** What `settled === promise` evaluates to, per equality operator. */
const equalityResults: Record<string, string> = { '===': 'false', '==': 'false', '!==': 'true', '!=': 'true' };
