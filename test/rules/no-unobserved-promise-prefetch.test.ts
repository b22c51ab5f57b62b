import rule from '../../rules/no-unobserved-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// A prefetch written through a helper that attaches a handler before handing the promise back is
// observed from the start, also when the next page is fetched only on one branch.
typedRuleTester().run('no-unobserved-promise', rule, {
  valid: [
    `interface Page { items: string[]; next?: string }
declare function listPage(token?: string): Promise<Page>;
export async function* pages(): AsyncGenerator<string[]> {
  const fetchPage = (token?: string): Promise<Page> => {
    const page = listPage(token);
    page.catch(() => {});
    return page;
  };
  let next: Promise<Page> | null = fetchPage();
  while (next) {
    const page: Page = await next;
    next = page.next ? fetchPage(page.next) : null;
    yield page.items;
  }
}`,
  ],
  invalid: [
    // the same prefetch without the handler: a rejection while the consumer holds the generator is unhandled
    {
      code: `interface Page { items: string[]; next?: string }
declare function listPage(token?: string): Promise<Page>;
export async function* pages(): AsyncGenerator<string[]> {
  const fetchPage = (token?: string): Promise<Page> => {
    const page = listPage(token);
    return page;
  };
  let next: Promise<Page> | null = fetchPage();
  while (next) {
    const page: Page = await next;
    next = page.next ? fetchPage(page.next) : null;
    yield page.items;
  }
}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'next' },
              output: `interface Page { items: string[]; next?: string }
declare function listPage(token?: string): Promise<Page>;
export async function* pages(): AsyncGenerator<string[]> {
  const fetchPage = (token?: string): Promise<Page> => {
    const page = listPage(token);
    return page;
  };
  let next: Promise<Page> | null = fetchPage();
  while (next) {
    const page: Page = await next;
    next = page.next ? fetchPage(page.next) : null;
    next?.catch(() => {});
    yield page.items;
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
