// expect: no-leaked-race
// withTimeout races the purge against a setTimeout that is never cleared, so each passing test leaves a live timer and a timed-out purge keeps polling.
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface PurgeJob {
  id: string;
  status: 'queued' | 'in_progress' | 'done';
  paths: string[];
}

function withTimeout<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
    }),
  ]);
}

async function submitPurge(base: string, token: string, paths: string[]): Promise<PurgeJob> {
  const res = await fetch(`${base}/v1/purge`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ paths }),
  });
  if (!res.ok) throw new Error(`purge rejected: ${res.status}`);
  return (await res.json()) as PurgeJob;
}

async function purgeAndWait(base: string, token: string, paths: string[]): Promise<PurgeJob> {
  let job = await submitPurge(base, token, paths);
  while (job.status !== 'done') {
    await new Promise((r) => setTimeout(r, 25));
    const res = await fetch(`${base}/v1/purge/${job.id}`, { headers: { authorization: `Bearer ${token}` } });
    job = (await res.json()) as PurgeJob;
  }
  return job;
}

describe('CDN purge client', () => {
  let server: Server;
  let base: string;
  const jobs = new Map<string, PurgeJob & { polls: number }>();

  before(async () => {
    server = createServer((req, res) => {
      if (req.headers.authorization !== 'Bearer test-token') {
        res.writeHead(401).end();
        return;
      }
      if (req.method === 'POST' && req.url === '/v1/purge') {
        let raw = '';
        req.on('data', (c) => (raw += c));
        req.on('end', () => {
          const { paths } = JSON.parse(raw) as { paths: string[] };
          const job = { id: `p${jobs.size + 1}`, status: 'queued' as const, paths, polls: 0 };
          jobs.set(job.id, job);
          res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify(job));
        });
        return;
      }
      const job = jobs.get(req.url?.split('/').pop() ?? '');
      if (!job) return void res.writeHead(404).end();
      job.polls += 1;
      job.status = job.polls >= 3 ? 'done' : 'in_progress';
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(job));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  beforeEach(() => jobs.clear());

  it('waits until the edge reports the purge as done', async () => {
    const job = await withTimeout(purgeAndWait(base, 'test-token', ['/assets/app.js']), 10_000, 'purge');
    assert.equal(job.status, 'done');
    assert.equal(jobs.get(job.id)?.polls, 3);
  });

  it('sends every path in a single request', async () => {
    const paths = ['/index.html', '/assets/app.css', '/assets/logo.svg'];
    const job = await withTimeout(purgeAndWait(base, 'test-token', paths), 10_000, 'purge');
    assert.deepEqual(job.paths, paths);
  });

  it('rejects with the HTTP status on bad credentials', async () => {
    await assert.rejects(withTimeout(submitPurge(base, 'wrong', ['/x']), 10_000, 'submit'), /purge rejected: 401/);
  });
});
