// expect: none
// The retry loop rethrows as soon as the signal is aborted and its backoff sleep is cancellable, so only genuine transient failures are retried.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Loan {
  loanId: string;
  borrowingInstitution: string;
  specimenCount: number;
  dueBack: string;
}

type LoanSource = (signal: AbortSignal) => Promise<Loan[]>;

async function syncOutgoingLoans(source: LoanSource, signal: AbortSignal, attempts = 3, backoffMs = 20): Promise<Loan[]> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await source(signal);
    } catch (err) {
      if (signal.aborted) throw err;
      lastError = err;
      if (attempt < attempts) await sleep(backoffMs * attempt, undefined, { signal });
    }
  }
  throw lastError;
}

function overdue(loans: Loan[], today: string): Loan[] {
  return loans.filter((l) => l.dueBack < today);
}

describe('syncOutgoingLoans', () => {
  const loans: Loan[] = [
    { loanId: 'L-2019-07', borrowingInstitution: 'Museum of Natural History, Oslo', specimenCount: 42, dueBack: '2024-03-01' },
    { loanId: 'L-2023-02', borrowingInstitution: 'Royal Botanic Garden Edinburgh', specimenCount: 12, dueBack: '2026-09-30' },
  ];
  let controller: AbortController;

  before(() => {
    controller = new AbortController();
  });

  after(() => {
    controller.abort();
  });

  test('returns the loans on the first successful attempt', async () => {
    const result = await syncOutgoingLoans(async () => loans, controller.signal);
    assert.equal(result.length, 2);
    assert.deepEqual(overdue(result, '2025-01-01').map((l) => l.loanId), ['L-2019-07']);
  });

  test('retries transient failures', async () => {
    let calls = 0;
    const flaky: LoanSource = async () => {
      calls++;
      if (calls < 3) throw new Error('ECONNRESET');
      return loans;
    };
    const result = await syncOutgoingLoans(flaky, controller.signal);
    assert.equal(calls, 3);
    assert.equal(result[1].specimenCount, 12);
  });

  test('gives up after the last attempt with the last error', async () => {
    const broken: LoanSource = async () => {
      throw new Error('loan registry offline');
    };
    await assert.rejects(syncOutgoingLoans(broken, controller.signal, 2, 1), /loan registry offline/);
  });

  test('does not retry once aborted', async () => {
    const local = new AbortController();
    let calls = 0;
    const source: LoanSource = async (signal) => {
      calls++;
      local.abort();
      signal.throwIfAborted();
      return loans;
    };
    await assert.rejects(syncOutgoingLoans(source, local.signal), { name: 'AbortError' });
    assert.equal(calls, 1);
  });
});
