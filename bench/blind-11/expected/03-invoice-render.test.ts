// expect: none
// Async setup/teardown and render helpers are passed as callbacks (before/after hooks, Array.map), which invokes them; nothing is awaited uncalled.
import { describe, it, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { mkdtemp, rm, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

interface InvoiceLine {
  sku: string;
  description: string;
  quantity: number;
  unitPriceCents: number;
}

interface InvoiceInput {
  number: string;
  customer: string;
  currency: 'EUR' | 'USD' | 'GBP';
  lines: InvoiceLine[];
}

declare function renderInvoicePdf(input: InvoiceInput, outFile: string): Promise<{ pages: number }>;

let workdir = '';

async function createWorkdir(): Promise<void> {
  workdir = await mkdtemp(path.join(tmpdir(), 'invoice-render-'));
}

async function removeWorkdir(): Promise<void> {
  if (workdir) await rm(workdir, { recursive: true, force: true });
}

function makeInvoice(number: string, lineCount: number): InvoiceInput {
  return {
    number,
    customer: 'ACME GmbH',
    currency: 'EUR',
    lines: Array.from({ length: lineCount }, (_, i) => ({
      sku: `SKU-${i}`,
      description: `Consulting hours, week ${i + 1}`,
      quantity: 1 + (i % 3),
      unitPriceCents: 12_500,
    })),
  };
}

async function renderFixture(invoice: InvoiceInput) {
  const outFile = path.join(workdir, `${invoice.number}.pdf`);
  const result = await renderInvoicePdf(invoice, outFile);
  const info = await stat(outFile);
  return { ...result, outFile, size: info.size };
}

describe('invoice pdf rendering', () => {
  before(createWorkdir);
  after(removeWorkdir);

  it('renders a single-page invoice with a PDF header', async () => {
    const { outFile, pages } = await renderFixture(makeInvoice('INV-0001', 3));
    assert.equal(pages, 1);
    const head = (await readFile(outFile)).subarray(0, 5).toString('latin1');
    assert.equal(head, '%PDF-');
  });

  it('paginates long invoices', async () => {
    const fixtures = [makeInvoice('INV-0002', 10), makeInvoice('INV-0003', 60), makeInvoice('INV-0004', 140)];
    const results = await Promise.all(fixtures.map(renderFixture));
    const pageCounts = results.map((r) => r.pages);
    assert.deepEqual(
      pageCounts,
      [...pageCounts].sort((a, b) => a - b),
    );
    assert.ok(results.every((r) => r.size > 0));
  });

  it('rejects invoices without lines', async () => {
    const empty = makeInvoice('INV-0005', 0);
    await assert.rejects(renderInvoicePdf(empty, path.join(workdir, 'empty.pdf')), /at least one line/);
  });
});
