// The built plugin as eslint-doc-generator should document it (`npm run docs`, `npm run docs:check`).
//
// The generator is pointed at this directory rather than at the package root for three reasons:
// - Loading dist/src/index.js itself, it keeps the whole module namespace (the default export and
//   the named `rules` export) instead of the default export, so it finds no configs.
// - Every rule declares `meta.fixable`, because a suggestion promoted with
//   `settings.settle.promoteToFix` is applied as a fix. But only rules with `docs.autofix` fix
//   anything with plain `eslint --fix`; the others are documented as suggestion-only (each page's
//   "Autofix" section and the README say how to promote them).
// - The options tables list a rule's own options. Without this, the generator would also list the
//   fields of `allowList` entries (`from`, `name`, …) as if they were options, some of them
//   "required"; those are described in the prose under each table.
import plugin from '../../dist/src/index.js';

/** An option's schema without the schemas nested in its `items`, keeping a plain item type (`String[]`). */
function withoutNestedSchemas(option) {
  const { items, ...rest } = option;
  return typeof items?.type === 'string' ? { ...rest, items: { type: items.type } } : rest;
}

function documented(rule) {
  const schema = rule.meta.schema.map((entry) =>
    entry.properties
      ? {
          ...entry,
          properties: Object.fromEntries(Object.entries(entry.properties).map(([name, option]) => [name, withoutNestedSchemas(option)])),
        }
      : entry,
  );
  const fixable = rule.meta.docs.autofix ? rule.meta.fixable : undefined;
  return { ...rule, meta: { ...rule.meta, schema, fixable } };
}

export default {
  ...plugin,
  rules: Object.fromEntries(Object.entries(plugin.rules).map(([id, rule]) => [id, documented(rule)])),
};
