import { RuleTester } from '@typescript-eslint/rule-tester';

/** A RuleTester whose cases are type-checked as `test/fixtures/file.ts` in the fixture project. */
export const typedRuleTester = (): RuleTester =>
  new RuleTester({
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: `${import.meta.dirname}/fixtures`,
      },
    },
  });
