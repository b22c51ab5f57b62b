import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

// A local helper that starts signal-aware work without a signal and takes none is reported where the
// caller waits for it with a signal in hand: awaited or returned, and also through a `Promise`
// combinator that is awaited (`await Promise.all(ids.map((id) => fetchStage(id)))`). A helper that
// takes the signal, and work left to run, are fine.
typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // the helper takes the signal and the handler passes the request's
    `async function fetchStage(id: string, signal: AbortSignal): Promise<string> {
  const res = await fetch(\`https://huts.example/\${id}\`, { signal });
  return res.text();
}
export async function handle(req: Request): Promise<Response> {
  const ids = new URL(req.url).searchParams.getAll('hut');
  const parts = await Promise.all(ids.map((id) => fetchStage(id, req.signal)));
  return new Response(parts.join(','));
}`,
    // the helper's work is started and left to run, not waited for
    `async function warm(id: string): Promise<void> {
  await fetch(\`https://huts.example/\${id}/warm\`);
}
export async function handle(req: Request): Promise<Response> {
  const ids = new URL(req.url).searchParams.getAll('hut');
  ids.map((id) => warm(id).catch(() => undefined));
  return new Response('ok');
}`,
  ],
  invalid: [
    // each stage's helper fetches without the request's signal, awaited through Promise.all
    {
      code: `async function fetchStage(id: string): Promise<string> {
  const res = await fetch(\`https://huts.example/\${id}\`);
  return res.text();
}
export async function handle(req: Request): Promise<Response> {
  const ids = new URL(req.url).searchParams.getAll('hut');
  const parts = await Promise.all(ids.map((id) => fetchStage(id)));
  return new Response(parts.join(','));
}`,
      errors: [
        {
          messageId: 'signallessHelper',
          line: 7,
          column: 51,
          endLine: 7,
          endColumn: 61,
        },
      ],
    },
  ],
});
