import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import { analysisOf } from '../src/analysis/context.js';
import { awaitGaps } from '../src/analysis/executors/async-gaps.js';
import { cannotReject } from '../src/analysis/promises/can-reject.js';
import { cancelledTimer, leakedInterval, lingeringTimer, repeatedSettles } from '../src/analysis/executors/callback-outcomes.js';
import type { CancelledTimer, RepeatedSettle } from '../src/analysis/executors/callback-outcomes.js';
import { settlesBeforeInCallback, uncaughtCallbackThrow } from '../src/analysis/executors/callback-throws.js';
import { returnSkipsCleanup } from '../src/analysis/executors/early-return.js';
import type { SettleFinding } from '../src/analysis/executors/settle-paths.js';
import { settleFindings } from '../src/analysis/executors/settle-paths.js';
import { droppedSettlers } from '../src/analysis/executors/stored-settlers.js';
import { unmatchedReplies } from '../src/analysis/executors/unmatched-replies.js';
import { detachedListenerKinds, unsettledReplyKinds } from '../src/analysis/executors/unsettled-kinds.js';
import { disarmedWait } from '../src/analysis/executors/disarmed-waits.js';
import type { DroppedWaiter } from '../src/analysis/executors/taken-waiters.js';
import { droppedDeferredWaiters, droppedWaiter, unclearedKeptTimer } from '../src/analysis/executors/taken-waiters.js';
import type { StrandedSettlers } from '../src/analysis/executors/stranded-settlers.js';
import { strandedDeferreds, strandedSettlers } from '../src/analysis/executors/stranded-settlers.js';
import type { KeptSettler } from '../src/analysis/executors/kept-settlers.js';
import { keptDeferreds, keptSettlers } from '../src/analysis/executors/kept-settlers.js';
import { replacedDeferreds } from '../src/analysis/executors/replaced-deferreds.js';
import { uncaughtThrowingCalls } from '../src/analysis/executors/throwing-calls.js';
import { rejectName, successOnlyWait, unhandledEnd, unwatchedStart } from '../src/analysis/executors/failure-events.js';
import { unwatchedPipeSource } from '../src/analysis/executors/pipe-sources.js';
import type { SettleOwner } from '../src/analysis/executors/settlers.js';
import {
  deferredOwner,
  executorOwner,
  namedSettlerOwner,
  settleOwnersOfFile,
  settlerVisibleAt,
} from '../src/analysis/executors/settlers.js';
import { trackCallSegments } from '../src/analysis/flow/call-segments.js';
import { mergeListeners, trackFlow } from '../src/analysis/flow/code-paths.js';
import type { FunctionNode } from '../src/analysis/syntax/nodes.js';
import { shortLabel } from '../src/analysis/syntax/labels.js';
import { isInFinallyAfter, returnsValue } from '../src/analysis/syntax/statements.js';
import { createRule } from '../src/create-rule.js';
import {
  addFallbackBranch,
  appendStatement,
  appendToBranch,
  clearIntervalBefore,
  clearTimerOnSettle,
  insertStatementAfter,
  insertStatementBefore,
  isTypeScriptFile,
  listenOnce,
  rejectEntriesOnClose,
  rejectEntriesOnEnd,
  rejectEntriesStatement,
  returnAfterSettle,
  settleLast,
  throwAsReturnCall,
  wrapBodyInTryCatch,
} from '../src/fix.js';
import { offer } from '../src/settings.js';

export type Options = [];
export type MessageId =
  | 'multipleSettle'
  | 'neverSettles'
  | 'successOnly'
  | 'pipeSourceUnwatched'
  | 'endUnsettled'
  | 'throwingCall'
  | 'keptSettler'
  | 'throwInCallback'
  | 'repeatedSettle'
  | 'lingeringTimer'
  | 'timerHeldOnPath'
  | 'timerLeftOnPath'
  | 'cleanExitUnsettled'
  | 'leakedInterval'
  | 'heldTimer'
  | 'awaitBeforeSettle'
  | 'cancelledTimer'
  | 'timeoutUnhandled'
  | 'exitUnsettled'
  | 'abortUnhandled'
  | 'droppedSettlers'
  | 'unmatchedReplies'
  | 'unsettledKinds'
  | 'detachedKinds'
  | 'suggestRejectOtherKinds'
  | 'disarmedWait'
  | 'startUnwatched'
  | 'startSwallowed'
  | 'droppedWaiter'
  | 'suggestRejectDropped'
  | 'suggestRejectDisarmed'
  | 'replacedDeferred'
  | 'droppedDeferred'
  | 'suggestRejectReplaced'
  | 'suggestRejectEmptied'
  | 'suggestReturn'
  | 'suggestReject'
  | 'suggestErrorListener'
  | 'suggestSettleLast'
  | 'suggestOnce'
  | 'suggestClearInterval'
  | 'suggestClearTimer'
  | 'suggestRejectOnCleanExit'
  | 'suggestTryReject'
  | 'suggestRejectOnCancel'
  | 'suggestTimeoutHandler'
  | 'suggestTimeoutListener'
  | 'suggestClearKeptTimer'
  | 'suggestAbortHandler'
  | 'suggestExitListener'
  | 'suggestRejectEntries'
  | 'strandedSettlers'
  | 'suggestRejectOnEnd'
  | 'unwatchedConnection'
  | 'suggestRejectOnClose';

/** How each end the executor causes itself is reported, and the reason its suggested handler rejects with. */
const unhandledEnds = {
  timeout: { messageId: 'timeoutUnhandled', suggestion: 'suggestTimeoutHandler', reason: 'timed out' },
  abort: { messageId: 'abortUnhandled', suggestion: 'suggestAbortHandler', reason: 'aborted' },
} as const;

export default createRule<Options, MessageId>({
  name: 'no-multiple-settle',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow promise executors that settle twice, never settle, or throw from asynchronous callbacks',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      multipleSettle:
        'This `{{name}}(…)` can run after the promise was already settled {{where}}: a promise settles once, so this call is silently ignored.',
      neverSettles:
        'This path {{where}} without calling {{names}} or handing {{them}} on: the promise never settles and whoever awaits it waits forever.',
      successOnly:
        'This promise settles only when `{{emitter}}` emits {{events}}: if it fails instead (`error`), the promise never settles and whoever awaits it waits forever.',
      pipeSourceUnwatched:
        '`{{source}}` is piped into `{{destination}}`, and `pipe()` does not pass its `error` on: if it fails, nothing settles this promise (and a stream with no `error` listener crashes the process). Use `pipeline()`, or reject on its `error`.',
      startSwallowed:
        'This promise settles only when `{{emitter}}` ends ({{events}}), and its `error` listener settles nothing: if it cannot start (a missing binary, no permission), it emits `error` instead of `exit`, the listener records it, and the promise never settles.',
      startUnwatched:
        'This promise settles only when `{{emitter}}` ends ({{events}}), and nothing listens for its `error`: if it cannot start (a missing binary, no permission), it emits `error` instead of `exit`, which crashes the process as an unhandled event, and the promise never settles.',
      exitUnsettled:
        'This promise settles only when `{{emitter}}` sends a `message` or fails with `error`: if it exits without sending one (its script ends, or calls `process.exit()`), it emits only `exit`, nothing settles the promise, and whoever awaits it waits forever.',
      cleanExitUnsettled:
        'This `exit` listener settles the promise only for some exits: if `{{emitter}}` exits cleanly without sending the `message` that settles it (its script ends early, or calls `process.exit(0)`), nothing settles the promise and whoever awaits it waits forever.',
      endUnsettled:
        'This promise settles only from {{events}} listeners of `{{emitter}}`: when `{{emitter}}` reaches the end of its input before one of them settles it, nothing settles the promise and whoever awaits it waits forever.',
      throwingCall:
        'This `{{name}}(…)` can throw, here in an asynchronous callback where no `try` catches it: the error escapes uncaught, the settle call after it never runs, and the promise never settles.',
      keptSettler:
        'This settles an entry of `{{collection}}` and leaves it there: {{later}} settles it again, and whatever the entry holds is kept until then.',
      throwInCallback:
        'This `throw` runs later, in an asynchronous callback, where it cannot reject the promise: the promise never settles and nothing catches the error.',
      repeatedSettle:
        'This `{{name}}(…)` runs again each time {{trigger}}, and nothing stops {{what}} once the promise has settled: only the first call counts, every later one is ignored, and {{what}} keeps running.',
      lingeringTimer:
        'This timer is never cleared: once the promise has settled another way, it still fires and runs `{{effect}}(…)` on an operation that already finished.',
      timerLeftOnPath:
        'This timer is cleared where the promise settles other ways, but not on the path of `{{name}}(…)` on line {{line}}: after that it still fires and runs `{{effect}}(…)` on an operation that already finished.',
      leakedInterval:
        'This interval is cleared only on the path where it settles the promise itself: once the promise settles another way, it keeps firing for good, polling for an answer nobody waits for, and holds the process.',
      timerHeldOnPath:
        'This timer is cleared where the promise settles other ways, but not on the path of `{{name}}(…)` on line {{line}}: after that it still holds the process for its whole delay, one timer for every call.',
      heldTimer:
        'This timer is never cleared: once the promise has settled another way, it still holds the process for its whole delay, one timer for every call.',
      awaitBeforeSettle:
        'If this `await` rejects, the error leaves the async {{fn}} before it settles the promise: the promise never settles and the rejection goes unhandled.',
      cancelledTimer:
        'This stops the timer that would settle the promise, and this listener settles nothing itself: once `{{emitter}}` emits `{{event}}`, the promise never settles and whoever awaits it waits forever.',
      timeoutUnhandled:
        'When this timeout runs out, `{{emitter}}` emits only `timeout` (no success event, no `error`), and no handler settles the promise then: it never settles and whoever awaits it waits forever.',
      abortUnhandled:
        'When this `abort()` runs, `{{emitter}}` emits only `abort` (no `error`, no success event), and no handler settles the promise then: it never settles and whoever awaits it waits forever.',
      replacedDeferred:
        'This replaces the deferred in `this.{{field}}` without looking at the one it holds: if that one is still waiting, nothing can settle it any more, and whoever awaits it waits forever.',
      suggestRejectReplaced: 'Reject the deferred `this.{{field}}` holds before replacing it.',
      droppedDeferred:
        'This empties `this.{{field}}` without looking at the deferred it holds: if that one is still waiting, nothing can settle it any more, and whoever awaits it waits forever.',
      suggestRejectEmptied: 'Reject the deferred `this.{{field}}` holds before emptying the field.',
      droppedSettlers:
        'This empties `{{collection}}`, which holds the `resolve`/`reject` of promises still waiting: nothing can settle them any more, and whoever awaits them waits forever.',
      unmatchedReplies:
        'Only the waiters in `{{collection}}` whose key comes back in `{{replies}}` are fulfilled, and nothing else settles the others: a key the answer leaves out (no such row) is never settled, and whoever awaits it waits forever.',
      unsettledKinds:
        'A reply whose `{{property}}` is {{kinds}} reaches no settle call here: the waiter kept in `{{collection}}` for its request is never settled, and whoever awaits it waits forever.',
      detachedKinds:
        'A message whose `{{property}}` is {{kinds}} reaches no settle call after this listener took itself off: nothing else can settle the promise, and whoever awaits it waits forever.',
      suggestRejectOtherKinds: 'Reject the waiter for every other `{{property}}`.',
      disarmedWait:
        'This path stops the timer and the listeners that could settle the promise, and settles nothing itself: the promise never settles, and whoever awaits it waits forever.',
      suggestRejectDisarmed: 'Reject the promise right after `{{call}}` on this path.',
      droppedWaiter:
        'This path settles nothing, after `{{take}}` took `{{entry}}` out of its collection with no timer left running for it: nothing else can settle that promise, and whoever awaits it waits forever.',
      suggestRejectDropped: 'Reject `{{entry}}` at the end of this path.',
      suggestReturn: 'End the path with `return` right after `{{name}}(…)` on line {{line}}.',
      suggestReject: 'Reject the promise with `return {{reject}}(…)` instead of throwing.',
      suggestErrorListener: "Reject the promise when `{{emitter}}` emits 'error'.",
      suggestSettleLast: 'Move `{{name}}(…)` to the end of the `try` block, so an exception in the code after it still rejects.',
      suggestOnce: 'Register the listener to run once ({{how}}).',
      suggestClearInterval: 'Clear the interval with `clearInterval({{handle}})` before settling.',
      suggestRejectOnCleanExit: 'Reject the promise on every other exit too (a no-op once it has settled).',
      suggestClearTimer: 'Name the timer and clear it wherever the promise settles another way.',
      suggestClearKeptTimer: 'Clear `{{handle}}` before settling here, as the other ways to settle do.',
      suggestRejectOnCancel: 'Reject the promise with `{{reject}}({{reason}})` after stopping the timer.',
      suggestTimeoutHandler: 'Reject the promise from `{{emitter}}.ontimeout`.',
      suggestTimeoutListener: 'Reject the promise when `{{emitter}}` emits `timeout`.',
      suggestAbortHandler: 'Reject the promise from `{{emitter}}.onabort`.',
      suggestExitListener: 'Reject the promise when `{{emitter}}` exits (a reply that came first has settled it already).',
      suggestRejectEntries: 'Reject every waiting entry of `{{collection}}` first.',
      strandedSettlers:
        'This keeps the `resolve`/`reject` of a request in `{{collection}}`, which only replies settle: when the connection ends (its `{{event}}` listener here), nothing rejects the requests still waiting, and whoever awaits them waits forever.',
      suggestRejectOnEnd: 'Reject and remove every waiting entry of `{{collection}}` in the `{{event}}` listener.',
      unwatchedConnection:
        'This keeps the `resolve`/`reject` of a request in `{{collection}}`, which only replies from `{{connection}}` settle, and nothing listens for its `{{event}}` event: when it ends, nothing rejects the requests still waiting, and whoever awaits them waits forever.',
      suggestRejectOnClose: "Listen for `{{connection}}`'s `{{event}}` event and reject every waiting entry of `{{collection}}` there.",
      suggestTryReject: 'Wrap the body in `try { … } catch (error) { {{reject}}(error); }`.',
    },
    schema: [],
  },
  create(context) {
    const analysis = analysisOf(context);
    const { sourceCode } = context;
    const owners: SettleOwner[] = [];
    const named: SettleOwner[] = [];
    const throws: TSESTree.ThrowStatement[] = [];
    const calls = trackCallSegments();

    const reportFinding = (finding: SettleFinding): void => {
      if (finding.kind === 'multipleSettle') {
        const { first, second } = finding;
        const sameCall = first === second;
        const where = sameCall
          ? 'by this same call on an earlier turn of the loop'
          : `by \`${calleeText(first)}(…)\` on line ${first.loc.start.line}`;
        if (finding.throwsIn) {
          // `try { resolve(v); more(); } catch (e) { reject(e) }`: a `return` would skip `more()`; settling last keeps it.
          const fix = settleLast(sourceCode, first, finding.throwsIn);
          context.report({
            node: second,
            messageId: 'multipleSettle',
            data: { name: calleeText(second), where },
            ...offer(context, [fix && { messageId: 'suggestSettleLast', data: { name: calleeText(first) }, fix }]),
          });
          return;
        }
        // A `finally` block runs after a `return` too: ending the first path early would not skip it.
        const fix = isInFinallyAfter(second, first) ? undefined : returnAfter(first, second);
        context.report({
          node: second,
          messageId: 'multipleSettle',
          data: { name: calleeText(second), where },
          ...offer(context, [
            fix && { messageId: 'suggestReturn', data: { name: calleeText(first), line: String(first.loc.start.line) }, fix },
          ]),
        });
        return;
      }
      if (finding.callback) {
        const names = finding.owner.settlers.map(({ variable }) => `\`${variable.name}\``).join(' or ');
        const them = finding.owner.settlers.length > 1 ? 'them' : 'it';
        const where = finding.exit
          ? 'returns from this callback, which runs only once,'
          : 'reaches the end of this callback, which runs only once,';
        context.report({
          ...(finding.exit
            ? { node: finding.exit }
            : { loc: ASTUtils.getFunctionHeadLocation(finding.callback, sourceCode as TSESLint.SourceCode) }),
          messageId: 'neverSettles',
          data: { where, names, them },
        });
        return;
      }
      const names = finding.owner.settlers.map(({ variable }) => `\`${variable.name}\``).join(' or ');
      const them = finding.owner.settlers.length > 1 ? 'them' : 'it';
      const { exit, owner } = finding;
      if (exit) {
        context.report({ node: exit, messageId: 'neverSettles', data: { where: 'returns', names, them } });
        return;
      }
      const where = owner.kind === 'deferred' ? 'reaches the end of the function' : 'reaches the end of the executor';
      const loc =
        owner.kind === 'deferred' || owner.fn.type === AST_NODE_TYPES.Program
          ? (owner.declarator?.id ?? owner.fn).loc
          : ASTUtils.getFunctionHeadLocation(owner.fn, sourceCode as TSESLint.SourceCode);
      context.report({ loc, messageId: 'neverSettles', data: { where, names, them } });
    };

    /** `return;` after the first settle call, unless it would skip cleanup that must still run on that path (`returnSkipsCleanup`). */
    const returnAfter = (call: TSESTree.CallExpression, second: TSESTree.CallExpression) =>
      returnAfterSettle(sourceCode, call, (statement, fn) => returnSkipsCleanup(analysis, statement, fn, [second]));

    const reportThrow = (node: TSESTree.ThrowStatement, byFunction: ReadonlyMap<TSESTree.Node, readonly SettleOwner[]>): void => {
      const found = uncaughtCallbackThrow(analysis, node, byFunction);
      if (!found) return;
      const reject = settlerVisibleAt(analysis, found.owner, 'reject', node);
      // `return reject(…)` ends the callback as the `throw` did; it must be the first settle call there.
      const canReturn = !returnsValue(found.callback) && !settlesBeforeInCallback(found.owner, found.callback, node);
      context.report({
        node,
        messageId: 'throwInCallback',
        ...offer(context, [
          reject && canReturn
            ? {
                messageId: 'suggestReject',
                data: { reject: reject.variable.name },
                fix: throwAsReturnCall(sourceCode, node, reject.variable.name),
              }
            : undefined,
        ]),
      });
    };

    /** A settle call in a callback that runs again and again, with nothing to stop it. */
    const reportRepeated = ({ call, registration }: RepeatedSettle): void => {
      const emitter = registration.emitter && sourceCode.getText(registration.emitter);
      const trigger =
        registration.method === 'setInterval'
          ? 'the interval fires'
          : emitter !== undefined && registration.event !== undefined
            ? `\`${emitter}\` emits \`${registration.event}\``
            : `\`${registration.method}(…)\` calls it`;
      const what = registration.method === 'setInterval' ? 'the interval' : 'the listener';
      const site = registration.site;
      const suggestions = [];
      // A first `data` chunk is not the whole reply; a cursor's handler must run once per step.
      const once = site.type === AST_NODE_TYPES.CallExpression && registration.event !== 'data' && !registration.rearm && listenOnce(site);
      if (once) suggestions.push({ messageId: 'suggestOnce' as const, data: { how: once.how }, fix: once.fix });
      const cleared = registration.method === 'setInterval' ? clearIntervalBefore(sourceCode, site, call) : undefined;
      if (cleared) suggestions.push({ messageId: 'suggestClearInterval' as const, data: { handle: cleared.handle }, fix: cleared.fix });
      context.report({
        node: call,
        messageId: 'repeatedSettle',
        data: { name: calleeText(call), trigger, what },
        ...offer(context, suggestions),
      });
    };

    /** A listener that stops the settling timer and settles nothing. */
    const reportCancelled = (owner: SettleOwner, { clear, registration }: CancelledTimer): void => {
      const emitter = sourceCode.getText(registration.emitter!);
      const reject = settlerVisibleAt(analysis, owner, 'reject', clear);
      const reason = registration.event === 'abort' ? `${emitter}.reason` : `new Error('${registration.event!}')`;
      const fix = reject && appendStatement(sourceCode, clear.parent, `${reject.variable.name}(${reason});`);
      context.report({
        node: clear,
        messageId: 'cancelledTimer',
        data: { emitter, event: registration.event! },
        ...offer(context, [fix && { messageId: 'suggestRejectOnCancel', data: { reject: reject.variable.name, reason }, fix }]),
      });
    };

    /** Awaits that can leave an async executor or callback before it settles. */
    const reportAwaitGaps = (owner: SettleOwner): void => {
      for (const gap of awaitGaps(analysis, owner, (awaited) => cannotReject(analysis, awaited))) {
        const reject = settlerVisibleAt(analysis, owner, 'reject', gap.node);
        const fix = reject
          ? wrapBodyInTryCatch(sourceCode, gap.fn, {
              channel: { kind: 'reject', name: reject.variable.name },
              failScript: false,
              typed: isTypeScriptFile(context.filename),
            })
          : undefined;
        context.report({
          node: gap.node,
          messageId: 'awaitBeforeSettle',
          data: { fn: gap.fn === owner.fn ? 'executor' : 'callback' },
          ...offer(context, [fix && { messageId: 'suggestTryReject', data: { reject: reject!.variable.name }, fix }]),
        });
      }
    };

    /** `else reject(new Error(…))` on the last `if` of the `exit` listener that has no `else`. */
    const rejectOnCleanExit = (
      registration: TSESTree.CallExpression,
      reject: string,
    ): { messageId: MessageId; fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix } | undefined => {
      const listener = registration.arguments[1];
      if (
        (listener?.type !== AST_NODE_TYPES.ArrowFunctionExpression && listener?.type !== AST_NODE_TYPES.FunctionExpression) ||
        listener.body.type !== AST_NODE_TYPES.BlockStatement
      )
        return undefined;
      const last = listener.body.body.at(-1);
      let open: TSESTree.IfStatement | undefined = last?.type === AST_NODE_TYPES.IfStatement ? last : undefined;
      while (open?.alternate?.type === AST_NODE_TYPES.IfStatement) open = open.alternate;
      if (!open || open.alternate) return undefined;
      const [code] = listener.params;
      const detail =
        code?.type === AST_NODE_TYPES.Identifier ? `exited with code \${${code.name}} before replying` : 'exited before replying';
      const consequent = open.consequent;
      const indent = /^\s*/.exec(sourceCode.lines[open.loc.start.line - 1] ?? '')?.[0] ?? '';
      return {
        messageId: 'suggestRejectOnCleanExit',
        fix: (fixer) => fixer.insertTextAfter(consequent, ` else {\n${indent}  ${reject}(new Error(\`${detail}\`));\n${indent}}`),
      };
    };

    const reportPipeSource = (owner: SettleOwner): void => {
      const link = unwatchedPipeSource(analysis, owner);
      if (!link) return;
      const source = sourceCode.getText(link.source);
      const reject = rejectName(owner);
      let statement: TSESTree.Node | undefined = link.pipe;
      while (statement && statement.type !== AST_NODE_TYPES.ExpressionStatement) statement = statement.parent;
      const named = link.source.type === AST_NODE_TYPES.Identifier;
      const fix =
        reject && named && statement?.type === AST_NODE_TYPES.ExpressionStatement
          ? appendStatement(sourceCode, statement, `${source}.once('error', ${reject});`)
          : undefined;
      context.report({
        node: link.pipe,
        messageId: 'pipeSourceUnwatched',
        data: { source, destination: sourceCode.getText(link.destination) },
        ...offer(context, [fix ? { messageId: 'suggestErrorListener', data: { emitter: source }, fix } : undefined]),
      });
    };

    const reportSuccessOnly = (owner: SettleOwner): void => {
      const wait = successOnlyWait(analysis, owner) ?? unwatchedStart(analysis, owner);
      if (!wait) {
        reportPipeSource(owner);
        return;
      }
      const emitter = sourceCode.getText(wait.emitter);
      const events = wait.events.map((event) => `\`${event}\``).join(' or ');
      if (wait.ends === 'end') {
        // No suggestion: only the author knows what "no match" resolves to (`null`, an error).
        context.report({ node: wait.registration, messageId: 'endUnsettled', data: { emitter, events } });
        return;
      }
      const reject = rejectName(owner);
      const statement = wait.registration.parent;
      if (wait.ends === 'cleanExit') {
        context.report({
          node: wait.registration,
          messageId: 'cleanExitUnsettled',
          data: { emitter },
          ...offer(context, [reject ? rejectOnCleanExit(wait.registration, reject) : undefined]),
        });
        return;
      }
      if (wait.ends === 'exit') {
        const fix =
          reject && statement.type === AST_NODE_TYPES.ExpressionStatement
            ? appendStatement(
                sourceCode,
                statement,
                `${emitter}.once('exit', (code) => ${reject}(new Error(\`exited with code \${code} before replying\`)));`,
              )
            : undefined;
        context.report({
          node: wait.registration,
          messageId: 'exitUnsettled',
          data: { emitter },
          ...offer(context, [fix ? { messageId: 'suggestExitListener', data: { emitter }, fix } : undefined]),
        });
        return;
      }
      const fix =
        reject && statement.type === AST_NODE_TYPES.ExpressionStatement
          ? appendStatement(sourceCode, statement, `${emitter}.once('error', ${reject});`)
          : undefined;
      context.report({
        node: wait.registration,
        messageId: wait.ends === 'start' ? (wait.swallowed ? 'startSwallowed' : 'startUnwatched') : 'successOnly',
        data: { emitter, events },
        ...offer(context, [fix ? { messageId: 'suggestErrorListener', data: { emitter }, fix } : undefined]),
      });
    };

    const dropped = new Set<TSESTree.Node>();
    /** A collection of stored settle functions emptied without settling them. */
    const reportDropped = (owner: SettleOwner): void => {
      for (const { node, collection, rejectKey } of droppedSettlers(analysis, owner)) {
        if (dropped.has(node)) continue;
        dropped.add(node);
        const statement = node.parent;
        const loop = rejectEntriesStatement(collection, rejectKey ?? 'reject', 'closed while waiting');
        const fix =
          rejectKey && statement.type === AST_NODE_TYPES.ExpressionStatement
            ? insertStatementBefore(sourceCode, statement, loop)
            : undefined;
        context.report({
          node,
          messageId: 'droppedSettlers',
          data: { collection },
          ...offer(context, [fix && { messageId: 'suggestRejectEntries', data: { collection }, fix }]),
        });
      }
    };

    /** A listener path that stops every way to settle and settles nothing. */
    const reportDisarmed = (owner: SettleOwner): void => {
      const found = disarmedWait(analysis, owner);
      if (!found) return;
      const reject = rejectName(owner);
      const call = shortLabel(found.disarm, `${sourceCode.getText(found.disarm.callee)}()`);
      const fix = reject
        ? insertStatementAfter(sourceCode, found.statement, `${reject}(new Error('stopped waiting without a result'));`)
        : undefined;
      context.report({
        node: found.disarm,
        messageId: 'disarmedWait',
        ...offer(context, [fix && { messageId: 'suggestRejectDisarmed', data: { call }, fix }]),
      });
    };

    const droppedBranches = new Set<TSESTree.Node>();
    /** A branch that settles nothing after a stored waiter was taken out and its timer cleared. */
    const reportDroppedWaiter = (owner: SettleOwner): void => {
      const found = droppedWaiter(analysis, owner);
      if (found) reportDroppedBranch(found);
    };
    const reportDroppedBranch = (found: DroppedWaiter): void => {
      if (droppedBranches.has(found.branch)) return;
      droppedBranches.add(found.branch);
      const fix = found.rejectKey
        ? appendToBranch(sourceCode, found.branch, `${found.entry}.${found.rejectKey}(new Error('no result for this request'));`)
        : undefined;
      const take = shortLabel(found.take, `${sourceCode.getText(found.take.callee)}()`);
      context.report({
        node: found.branch,
        messageId: 'droppedWaiter',
        data: { take, entry: found.entry },
        ...offer(context, [fix && { messageId: 'suggestRejectDropped', data: { entry: found.entry }, fix }]),
      });
    };

    const unmatched = new Set<TSESTree.Node>();
    /** Waiters fulfilled only for the keys found in awaited rows (a batching loader). */
    const reportUnmatched = (owner: SettleOwner): void => {
      const found = unmatchedReplies(analysis, owner);
      if (!found || unmatched.has(found.replies)) return;
      unmatched.add(found.replies);
      const replies = shortLabel(found.replies, sourceCode.getText(found.replies));
      const collection = shortLabel(found.collection, sourceCode.getText(found.collection));
      context.report({ node: found.replies, messageId: 'unmatchedReplies', data: { collection, replies } });
    };

    /** Kinds of a discriminant that reach no settle call; the suggestion rejects in a fallback branch. */
    const reportKinds = (
      found: { discriminant: TSESTree.Node; kinds: string[]; end: TSESTree.IfStatement | TSESTree.SwitchStatement; reject?: string },
      messageId: 'unsettledKinds' | 'detachedKinds',
      data: Record<string, string>,
    ): void => {
      const property = shortLabel(found.discriminant, sourceCode.getText(found.discriminant));
      const kinds = found.kinds.map((kind) => `\`'${kind}'\``).join(' or ');
      const reason = `new Error(\`unexpected ${property} \${${sourceCode.getText(found.discriminant)}}\`)`;
      const fix = found.reject === undefined ? undefined : addFallbackBranch(sourceCode, found.end, `${found.reject}(${reason});`);
      context.report({
        node: found.discriminant,
        messageId,
        data: { property, kinds, ...data },
        ...offer(context, [fix && { messageId: 'suggestRejectOtherKinds', data: { property }, fix }]),
      });
    };

    const unsettledKinds = new Set<TSESTree.Node>();
    /** Reply handlers that settle stored waiters for some reply kinds and not for other outcomes. */
    const reportUnsettledKinds = (owner: SettleOwner): void => {
      const found = unsettledReplyKinds(analysis, owner);
      if (!found || unsettledKinds.has(found.discriminant)) return;
      unsettledKinds.add(found.discriminant);
      reportKinds(found, 'unsettledKinds', { collection: found.collection });
    };

    /** A listener that takes itself off, then settles for some message kinds and not the others. */
    const reportDetachedKinds = (owner: SettleOwner): void => {
      const found = detachedListenerKinds(analysis, owner);
      if (found) reportKinds(found, 'detachedKinds', {});
    };

    /** Requests kept in a collection that replies settle, with nothing settling them when the connection ends. */
    const reportStranded = (owner: SettleOwner): void => {
      if (droppedSettlers(analysis, owner).length > 0) return;
      const found = strandedSettlers(analysis, owner);
      if (found) reportStrandedEntry(found);
    };

    const reportStrandedEntry = (found: StrandedSettlers): void => {
      if (dropped.has(found.store)) return;
      dropped.add(found.store);
      const { collection, event, listener, rejectKey, store } = found;
      if (found.unwatched) {
        const connection = sourceCode.getText(found.unwatched.connection);
        const fix = rejectEntriesOnClose(
          sourceCode,
          found.unwatched.registration,
          store,
          connection,
          collection,
          rejectKey,
          found.unwatched.end,
        );
        context.report({
          node: store,
          messageId: 'unwatchedConnection',
          data: { collection, connection, event },
          ...offer(context, [fix && { messageId: 'suggestRejectOnClose', data: { collection, connection, event }, fix }]),
        });
        return;
      }
      const fix = rejectEntriesOnEnd(sourceCode, listener, store, event, collection, rejectKey);
      context.report({
        node: store,
        messageId: 'strandedSettlers',
        data: { collection, event },
        ...offer(context, [fix && { messageId: 'suggestRejectOnEnd', data: { collection, event }, fix }]),
      });
    };

    const kept = new Set<TSESTree.Node>();
    /** An entry settled and left in its collection, which a loop over the entries settles again. */
    const reportKept = (found: readonly KeptSettler[]): void => {
      for (const { node, collection, loop } of found) {
        if (kept.has(node)) continue;
        kept.add(node);
        const later = `the loop over its entries on line ${loop.loc.start.line}`;
        context.report({ node, messageId: 'keptSettler', data: { collection, later } });
      }
    };

    const checkClass = (body: TSESTree.ClassBody): void => {
      strandedDeferreds(analysis, body).forEach(reportStrandedEntry);
      reportKept(keptDeferreds(analysis, body));
      droppedDeferredWaiters(analysis, body).forEach(reportDroppedBranch);
      for (const found of replacedDeferreds(analysis, body)) {
        const statement = found.assignment.parent;
        const reason = found.dropped ? `${found.field} dropped` : `replaced by a newer ${found.field}`;
        const fix =
          found.reject && statement.type === AST_NODE_TYPES.ExpressionStatement
            ? insertStatementBefore(sourceCode, statement, `this.${found.field}?.${found.reject}(new Error('${reason}'));`)
            : undefined;
        const suggestion = found.dropped ? 'suggestRejectEmptied' : 'suggestRejectReplaced';
        context.report({
          node: found.assignment.left,
          messageId: found.dropped ? 'droppedDeferred' : 'replacedDeferred',
          data: { field: found.field },
          ...offer(context, fix ? [{ messageId: suggestion, data: { field: found.field }, fix }] : []),
        });
      }
    };

    return mergeListeners(
      { ClassBody: checkClass },
      calls.listeners,
      trackFlow(context, (flow, store) => {
        if (flow.node.type !== AST_NODE_TYPES.Program) return;
        const { all, byFunction } = settleOwnersOfFile(analysis, owners, named);
        for (const owner of all) {
          const findings = settleFindings(analysis, owner, store, calls.segments);
          findings.forEach(reportFinding);
          const seconds = new Set(findings.map((finding) => (finding.kind === 'multipleSettle' ? finding.second : undefined)));
          const repeated = repeatedSettles(analysis, owner).filter(({ call }) => !seconds.has(call));
          repeated.forEach(reportRepeated);
          reportAwaitGaps(owner);
          reportDropped(owner);
          reportStranded(owner);
          reportUnmatched(owner);
          reportUnsettledKinds(owner);
          reportDetachedKinds(owner);
          reportDisarmed(owner);
          reportDroppedWaiter(owner);
          reportKept(keptSettlers(analysis, owner));
          for (const { call, name } of uncaughtThrowingCalls(analysis, owner)) {
            context.report({ node: call, messageId: 'throwingCall', data: { name } });
          }
          if (findings.length > 0 || repeated.length > 0) continue;
          reportSuccessOnly(owner);
          const end = unhandledEnd(analysis, owner);
          if (end) {
            const emitter = sourceCode.getText(end.emitter);
            const reject = rejectName(owner);
            const { messageId, reason } = unhandledEnds[end.event];
            const listener = end.handlerStyle === 'listener';
            const suggestion = listener ? 'suggestTimeoutListener' : unhandledEnds[end.event].suggestion;
            // The timeout's handler goes right after `xhr.timeout = ms` (`socket.setTimeout(ms)`); the abort's after the first settling handler.
            const statement = end.event === 'timeout' ? end.trigger.parent : end.handler.parent;
            const handler = listener
              ? `${emitter}.once('${end.event}', () => ${reject}(new Error('${reason}')));`
              : `${emitter}.on${end.event} = () => ${reject}(new Error('${reason}'));`;
            const fix =
              reject && statement?.type === AST_NODE_TYPES.ExpressionStatement
                ? appendStatement(sourceCode, statement, handler)
                : undefined;
            context.report({
              node: end.trigger,
              messageId,
              data: { emitter },
              ...offer(context, [fix && { messageId: suggestion, data: { emitter }, fix }]),
            });
          }
          const cancelled = cancelledTimer(analysis, owner);
          if (cancelled) reportCancelled(owner, cancelled);
          const kept = unclearedKeptTimer(analysis, owner);
          if (kept) {
            const statement = kept.settle.parent;
            const fix = insertStatementBefore(sourceCode, statement, `clearTimeout(${kept.handle});`);
            context.report({
              node: kept.timer,
              messageId: 'lingeringTimer',
              data: { effect: sourceCode.getText(kept.effect.callee) },
              ...offer(context, [fix && { messageId: 'suggestClearKeptTimer', data: { handle: kept.handle }, fix }]),
            });
          }
          const interval = leakedInterval(analysis, owner);
          if (interval) {
            const fix = clearTimerOnSettle(sourceCode, interval.timer, owner.fn, interval.others, 'clearInterval');
            context.report({
              node: interval.timer,
              messageId: 'leakedInterval',
              ...offer(context, [fix && { messageId: 'suggestClearTimer', fix }]),
            });
          }
          const timer = lingeringTimer(analysis, owner);
          if (timer?.missed && timer.effect && timer.handle) {
            // Cleared right where that path settles (in a block when an arrow's body is the settle call).
            const site = timer.missed.callee as TSESTree.Identifier;
            const fix = clearTimerOnSettle(sourceCode, timer.timer, owner.fn, [{ reference: site, role: 'resolve', inside: true }]);
            context.report({
              node: timer.timer,
              messageId: 'timerLeftOnPath',
              data: {
                name: sourceCode.getText(timer.missed.callee),
                line: String(timer.missed.loc.start.line),
                effect: sourceCode.getText(timer.effect.callee),
              },
              ...offer(context, [fix && { messageId: 'suggestClearKeptTimer', data: { handle: timer.handle }, fix }]),
            });
          } else if (timer?.missed && timer.handle) {
            const site = timer.missed.callee as TSESTree.Identifier;
            const fix = clearTimerOnSettle(sourceCode, timer.timer, owner.fn, [{ reference: site, role: 'resolve', inside: true }]);
            context.report({
              node: timer.timer,
              messageId: 'timerHeldOnPath',
              data: { name: sourceCode.getText(timer.missed.callee), line: String(timer.missed.loc.start.line) },
              ...offer(context, [fix && { messageId: 'suggestClearKeptTimer', data: { handle: timer.handle }, fix }]),
            });
          } else if (timer) {
            const fix = clearTimerOnSettle(sourceCode, timer.timer, owner.fn, timer.others);
            context.report({
              node: timer.timer,
              ...(timer.effect
                ? { messageId: 'lingeringTimer', data: { effect: sourceCode.getText(timer.effect.callee) } }
                : { messageId: 'heldTimer' }),
              ...offer(context, [fix && { messageId: 'suggestClearTimer', fix }]),
            });
          }
        }
        for (const node of throws) reportThrow(node, byFunction);
      }),
      {
        NewExpression(node) {
          const owner = executorOwner(analysis, node);
          if (owner) owners.push(owner);
        },
        VariableDeclarator(node) {
          const owner = deferredOwner(analysis, node);
          if (owner) owners.push(owner);
        },
        ThrowStatement(node) {
          throws.push(node);
        },
        ':function'(node: FunctionNode) {
          const owner = namedSettlerOwner(analysis, node);
          if (owner) named.push(owner);
        },
      },
    );
  },
});

/** The source name of a settle call's callee: `resolve`, `reject`. */
function calleeText(call: TSESTree.CallExpression): string {
  let callee: TSESTree.Node = call.callee;
  while (callee.type === AST_NODE_TYPES.TSNonNullExpression) callee = callee.expression;
  return callee.type === AST_NODE_TYPES.Identifier ? callee.name : 'resolve';
}
