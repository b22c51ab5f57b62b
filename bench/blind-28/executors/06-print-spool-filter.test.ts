// expect: none
// runFilter() settles through Promise.withResolvers on 'close' or 'error', detaching the other listener first and swallowing stdin EPIPE, so the child-process promise settles exactly once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

interface FilterRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Same imposition filter the shop's spooler runs before sending jobs to the RIP.
const IMPOSE_FILTER = `
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  const job = JSON.parse(input);
  if (!Number.isInteger(job.pages) || job.pages <= 0) {
    process.stderr.write('invalid page count\\n');
    process.exit(2);
  }
  const perSheet = job.layout === '2up' ? 2 : job.layout === '4up' ? 4 : 1;
  const sheets = Math.ceil(job.pages / perSheet) * job.copies;
  process.stdout.write(JSON.stringify({ sheets, perSheet }));
});
`;

function runFilter(source: string, stdin: string, timeoutMs = 5_000): Promise<FilterRun> {
  const { promise, resolve, reject } = Promise.withResolvers<FilterRun>();
  const child = spawn(process.execPath, ['-e', source], { stdio: ['pipe', 'pipe', 'pipe'], timeout: timeoutMs });

  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  const onClose = (code: number | null): void => {
    child.off('error', onError);
    resolve({ code, stdout, stderr });
  };
  const onError = (err: Error): void => {
    child.off('close', onClose);
    reject(err);
  };
  child.once('close', onClose);
  child.once('error', onError);

  // the filter may exit before reading everything on bad input
  child.stdin.on('error', () => {});
  child.stdin.end(stdin);

  return promise;
}

describe('imposition filter', () => {
  it('imposes a 2-up booklet', async () => {
    const run = await runFilter(IMPOSE_FILTER, JSON.stringify({ pages: 9, layout: '2up', copies: 3 }));
    assert.equal(run.code, 0);
    assert.deepEqual(JSON.parse(run.stdout), { sheets: 15, perSheet: 2 });
  });

  it('treats unknown layouts as 1-up', async () => {
    const run = await runFilter(IMPOSE_FILTER, JSON.stringify({ pages: 4, layout: 'poster', copies: 1 }));
    assert.deepEqual(JSON.parse(run.stdout), { sheets: 4, perSheet: 1 });
  });

  it('rejects a zero-page job with exit code 2', async () => {
    const run = await runFilter(IMPOSE_FILTER, JSON.stringify({ pages: 0, layout: '4up', copies: 1 }));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /invalid page count/);
    assert.equal(run.stdout, '');
  });

  it('reports a crash on malformed JSON', async () => {
    const run = await runFilter(IMPOSE_FILTER, '{ pages: ');
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /SyntaxError/);
  });
});
