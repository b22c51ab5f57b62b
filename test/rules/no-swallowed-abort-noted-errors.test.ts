import rule from '../../rules/no-swallowed-abort.js';
import { typedRuleTester } from '../rule-tester.js';

// Storing the caught error into a field of a result hands the abort on to whoever reads the
// result; storing it on the object itself (`this.lastError = err`) and returning a stand-in value
// does not: the caller gets what looks like a successful load.
typedRuleTester().run('no-swallowed-abort', rule, {
  valid: [
    // the error itself becomes the outcome the caller reads
    `interface Outcome { specs: string[]; error?: unknown }
export async function loadSpecs(base: string, signal: AbortSignal): Promise<Outcome> {
  const outcome: Outcome = { specs: [] };
  try {
    const res = await fetch(\`\${base}/specs\`, { signal });
    outcome.specs = (await res.json()) as string[];
  } catch (err) {
    outcome.error = err;
  }
  return outcome;
}`,
  ],
  invalid: [
    // the error is noted on the catalogue and the cached list comes back as a success
    {
      code: `export class Catalog {
  private cached: string[] | null = null;
  lastError: unknown = null;
  constructor(private readonly base: string) {}
  async load(signal?: AbortSignal): Promise<string[]> {
    try {
      const res = await fetch(\`\${this.base}/specs\`, { signal });
      const specs = (await res.json()) as string[];
      this.cached = specs;
      return specs;
    } catch (err) {
      this.lastError = err;
      return this.cached ?? [];
    }
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 11,
          column: 7,
          endLine: 11,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `export class Catalog {
  private cached: string[] | null = null;
  lastError: unknown = null;
  constructor(private readonly base: string) {}
  async load(signal?: AbortSignal): Promise<string[]> {
    try {
      const res = await fetch(\`\${this.base}/specs\`, { signal });
      const specs = (await res.json()) as string[];
      this.cached = specs;
      return specs;
    } catch (err) {
      signal?.throwIfAborted();
      this.lastError = err;
      return this.cached ?? [];
    }
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `export class Catalog {
  private cached: string[] | null = null;
  lastError: unknown = null;
  constructor(private readonly base: string) {}
  async load(signal?: AbortSignal): Promise<string[]> {
    try {
      const res = await fetch(\`\${this.base}/specs\`, { signal });
      const specs = (await res.json()) as string[];
      this.cached = specs;
      return specs;
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      this.lastError = err;
      return this.cached ?? [];
    }
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
