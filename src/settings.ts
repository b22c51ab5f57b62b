import type { TSESLint } from '@typescript-eslint/utils';

/**
 * `settings.settle` in a flat config.
 *
 * `promoteToFix` lists suggestions that a team trusts enough to apply with `--fix`:
 * `'no-floating-promises/suggestAwait'` promotes one suggestion, `'no-floating-promises'` promotes
 * the first suggestion of every report of that rule. Promoted suggestions stay in the editor's list.
 */
export interface SettleSettings {
  promoteToFix?: readonly string[];
  /**
   * Whether the files this config object applies to are test code: `true` gives them the test
   * runner's semantics even when nothing in the file shows a runner (a helper under `test/`),
   * `false` takes them away; unset, the rules detect test code themselves. `configs.tests` sets it.
   */
  testCode?: boolean;
}

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const parsed = new WeakMap<object, SettleSettings>();

/** Reads and validates `settings.settle` (once per settings object); a malformed value is a configuration error. */
export function settleSettings(context: AnyContext): SettleSettings {
  const raw: unknown = (context.settings as Record<string, unknown> | undefined)?.['settle'];
  if (raw === undefined) return {};
  const known = typeof raw === 'object' && raw !== null ? parsed.get(raw) : undefined;
  if (known) return known;
  const settings = validate(raw);
  parsed.set(raw as object, settings);
  return settings;
}

function validate(raw: unknown): SettleSettings {
  if (typeof raw !== 'object' || raw === null) throw new TypeError('settings.settle must be an object.');
  const { promoteToFix, testCode } = raw as { promoteToFix?: unknown; testCode?: unknown };
  if (promoteToFix !== undefined && (!Array.isArray(promoteToFix) || promoteToFix.some((item) => typeof item !== 'string'))) {
    throw new TypeError('settings.settle.promoteToFix must be an array of "rule" or "rule/suggestionId" strings.');
  }
  if (testCode !== undefined && typeof testCode !== 'boolean') throw new TypeError('settings.settle.testCode must be true or false.');
  return {
    ...(promoteToFix === undefined ? {} : { promoteToFix: promoteToFix as string[] }),
    ...(testCode === undefined ? {} : { testCode }),
  };
}

/** A suggestion a rule offers; `undefined` entries (not applicable here) are skipped. */
export type Suggestion<MessageId extends string> = TSESLint.SuggestionReportDescriptor<MessageId>;

/**
 * The `fix`/`suggest` part of a report: every suggestion is offered, and the first one promoted
 * by `settings.settle.promoteToFix` is also applied as the report's fix.
 */
export function offer<MessageId extends string>(
  context: Readonly<TSESLint.RuleContext<MessageId, readonly unknown[]>>,
  suggestions: readonly (Suggestion<MessageId> | undefined)[],
): { suggest: Suggestion<MessageId>[]; fix?: TSESLint.ReportFixFunction } {
  const suggest = suggestions.filter((item): item is Suggestion<MessageId> => item !== undefined);
  const promoted = settleSettings(context).promoteToFix ?? [];
  if (promoted.length === 0) return { suggest };
  const ruleId = context.id.slice(context.id.lastIndexOf('/') + 1);
  const chosen = suggest.find(
    (item, index) => promoted.includes(`${ruleId}/${item.messageId}`) || (index === 0 && promoted.includes(ruleId)),
  );
  return chosen ? { suggest, fix: chosen.fix } : { suggest };
}
