import rule from '../../rules/no-swallowed-abort.js';
import { typedRuleTester } from '../rule-tester.js';

// A handler that returns a result marked as failed (`{ ok: false, reason: err.message }`) to a
// caller in the same file converts an abort: the file's own code reads a failure and cannot tell a
// cancellation from it. A failure value that keeps the error itself or its name, one nobody in the
// file takes (a tool result handed to a framework), and a handler that rethrows aborts first are fine.
typedRuleTester().run('no-swallowed-abort', rule, {
  valid: [
    // the failure keeps the error itself: the batch can tell an abort by its name
    `interface Pressing { lot: string; ok: boolean; error?: unknown }
async function pressLot(lot: string, signal: AbortSignal): Promise<Pressing> {
  try {
    await fetch(\`/press/\${lot}\`, { method: 'POST', signal });
    return { lot, ok: true };
  } catch (error) {
    return { lot, ok: false, error };
  }
}
export async function pressAll(lots: string[], signal: AbortSignal): Promise<Pressing[]> {
  const done: Pressing[] = [];
  for (const lot of lots) done.push(await pressLot(lot, signal));
  return done;
}`,
    // the failure keeps the error's name as a field of its own
    `interface Reading { gauge: string; ok: boolean; kind?: string }
async function readGauge(gauge: string, signal: AbortSignal): Promise<Reading> {
  try {
    await fetch(\`/gauges/\${gauge}\`, { signal });
    return { gauge, ok: true };
  } catch (err) {
    return { gauge, ok: false, kind: err instanceof Error ? err.name : 'unknown' };
  }
}
export async function readAll(gauges: string[], signal: AbortSignal): Promise<Reading[]> {
  return Promise.all(gauges.map((gauge) => readGauge(gauge, signal)));
}`,
    // aborts are rethrown before the failure becomes a result
    `interface Upload { sheet: string; ok: boolean; reason: string | null }
async function uploadSheet(sheet: string, signal: AbortSignal): Promise<Upload> {
  try {
    await fetch(\`/sheets/\${sheet}\`, { method: 'PUT', signal });
    return { sheet, ok: true, reason: null };
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    return { sheet, ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
export async function uploadAll(sheets: string[], signal: AbortSignal): Promise<Upload[]> {
  const results: Upload[] = [];
  for (const sheet of sheets) results.push(await uploadSheet(sheet, signal));
  return results;
}`,
    // a tool result handed to whoever runs the tool, not read by this file
    `export async function lookUpTide(port: string, signal: AbortSignal) {
  try {
    const res = await fetch(\`/tides/\${port}\`, { signal });
    return { content: await res.text() };
  } catch (error) {
    return { content: \`Error: \${String(error)}\`, ok: false };
  }
}`,
  ],
  invalid: [
    // every error, abort included, becomes an ordinary failed upload, and the loop goes on
    {
      code: `interface Upload { sheet: string; ok: boolean; reason: string | null }
async function uploadSheet(sheet: string, signal: AbortSignal): Promise<Upload> {
  try {
    await fetch(\`/sheets/\${sheet}\`, { method: 'PUT', signal });
    return { sheet, ok: true, reason: null };
  } catch (err) {
    return { sheet, ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
export async function uploadAll(sheets: string[], signal: AbortSignal): Promise<Upload[]> {
  const results: Upload[] = [];
  for (const sheet of sheets) results.push(await uploadSheet(sheet, signal));
  return results;
}`,
      output: null,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `interface Upload { sheet: string; ok: boolean; reason: string | null }
async function uploadSheet(sheet: string, signal: AbortSignal): Promise<Upload> {
  try {
    await fetch(\`/sheets/\${sheet}\`, { method: 'PUT', signal });
    return { sheet, ok: true, reason: null };
  } catch (err) {
    signal.throwIfAborted();
    return { sheet, ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
export async function uploadAll(sheets: string[], signal: AbortSignal): Promise<Upload[]> {
  const results: Upload[] = [];
  for (const sheet of sheets) results.push(await uploadSheet(sheet, signal));
  return results;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `interface Upload { sheet: string; ok: boolean; reason: string | null }
async function uploadSheet(sheet: string, signal: AbortSignal): Promise<Upload> {
  try {
    await fetch(\`/sheets/\${sheet}\`, { method: 'PUT', signal });
    return { sheet, ok: true, reason: null };
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    return { sheet, ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
export async function uploadAll(sheets: string[], signal: AbortSignal): Promise<Upload[]> {
  const results: Upload[] = [];
  for (const sheet of sheets) results.push(await uploadSheet(sheet, signal));
  return results;
}`,
            },
          ],
        },
      ],
    },
    // a cancelled survey comes back as readings marked failed, through a map
    {
      code: `interface Reading { gauge: string; success: boolean; note: string }
async function readGauge(gauge: string, signal?: AbortSignal): Promise<Reading> {
  try {
    await fetch(\`/gauges/\${gauge}\`, { signal });
    return { gauge, success: true, note: '' };
  } catch (err) {
    return { gauge, success: false, note: \`offline: \${String(err)}\` };
  }
}
export async function survey(gauges: string[], signal?: AbortSignal): Promise<Reading[]> {
  return Promise.all(gauges.map((gauge) => readGauge(gauge, signal)));
}`,
      output: null,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `interface Reading { gauge: string; success: boolean; note: string }
async function readGauge(gauge: string, signal?: AbortSignal): Promise<Reading> {
  try {
    await fetch(\`/gauges/\${gauge}\`, { signal });
    return { gauge, success: true, note: '' };
  } catch (err) {
    signal?.throwIfAborted();
    return { gauge, success: false, note: \`offline: \${String(err)}\` };
  }
}
export async function survey(gauges: string[], signal?: AbortSignal): Promise<Reading[]> {
  return Promise.all(gauges.map((gauge) => readGauge(gauge, signal)));
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `interface Reading { gauge: string; success: boolean; note: string }
async function readGauge(gauge: string, signal?: AbortSignal): Promise<Reading> {
  try {
    await fetch(\`/gauges/\${gauge}\`, { signal });
    return { gauge, success: true, note: '' };
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    return { gauge, success: false, note: \`offline: \${String(err)}\` };
  }
}
export async function survey(gauges: string[], signal?: AbortSignal): Promise<Reading[]> {
  return Promise.all(gauges.map((gauge) => readGauge(gauge, signal)));
}`,
            },
          ],
        },
      ],
    },
  ],
});
