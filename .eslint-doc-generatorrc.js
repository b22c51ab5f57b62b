// eslint-doc-generator settings. Run through `npm run docs` / `npm run docs:check`, which build
// first and point the generator at scripts/docs-plugin (see there why), so paths are relative to it.
import prettier from 'prettier';

/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  pathRuleDoc: '../../docs/rules/{name}.md',
  pathRuleList: '../../README.md',
  // `all` holds every rule; a column of 🌐 on every row would say nothing.
  ignoreConfig: ['all'],
  // Format the pages as `npm run format` would, so that the generator and prettier agree.
  postprocess: async (content, path) => prettier.format(content, { ...(await prettier.resolveConfig(path)), filepath: path }),
};
