// expect: no-promise-as-value
// The invoice email interpolates certificates.issue(job.jobId) directly, so customers receive "[object Promise]" instead of their sweep certificate number.
export interface SweepJob {
  jobId: string;
  customer: { name: string; email: string };
  address: { line1: string; town: string; postcode: string };
  flues: Array<{ appliance: 'open-fire' | 'wood-burner' | 'aga' | 'oil-boiler'; nestRemoved: boolean }>;
  sweptAt: string;
  sweepName: string;
}

export interface InvoiceLine {
  description: string;
  pence: number;
}

declare const certificates: {
  issue(jobId: string): Promise<string>;
};
declare const mailer: {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
};
declare const accounts: {
  recordInvoice(jobId: string, lines: InvoiceLine[], totalPence: number): Promise<string>;
};

const PRICE_PENCE: Record<SweepJob['flues'][number]['appliance'], number> = {
  'open-fire': 6500,
  'wood-burner': 7000,
  aga: 9500,
  'oil-boiler': 8000,
};
const NEST_REMOVAL_PENCE = 4500;
const SECOND_FLUE_DISCOUNT = 0.2;

function formatPence(pence: number): string {
  return `£${(pence / 100).toFixed(2)}`;
}

export function invoiceLines(job: SweepJob): InvoiceLine[] {
  const lines: InvoiceLine[] = [];
  job.flues.forEach((flue, index) => {
    const base = PRICE_PENCE[flue.appliance];
    const pence = index === 0 ? base : Math.round(base * (1 - SECOND_FLUE_DISCOUNT));
    lines.push({ description: `Sweep ${flue.appliance.replace('-', ' ')} flue`, pence });
    if (flue.nestRemoved) {
      lines.push({ description: 'Bird nest removal and guard fitting', pence: NEST_REMOVAL_PENCE });
    }
  });
  return lines;
}

export async function sendInvoice(job: SweepJob): Promise<string> {
  const lines = invoiceLines(job);
  const total = lines.reduce((sum, line) => sum + line.pence, 0);
  const invoiceNo = await accounts.recordInvoice(job.jobId, lines, total);

  const text = [
    `Dear ${job.customer.name},`,
    '',
    `Thank you for having ${job.sweepName} sweep your chimney at ${job.address.line1}, ${job.address.town} on ${job.sweptAt.slice(0, 10)}.`,
    '',
    ...lines.map((line) => `  ${line.description.padEnd(44)} ${formatPence(line.pence)}`),
    `  ${'Total'.padEnd(44)} ${formatPence(total)}`,
    '',
    `Your sweeping certificate number is ${certificates.issue(job.jobId)}; keep it for your home insurer.`,
    `Invoice ${invoiceNo} is payable within 14 days.`,
  ].join('\n');

  await mailer.send({ to: job.customer.email, subject: `Chimney sweep invoice ${invoiceNo}`, text });
  return invoiceNo;
}
