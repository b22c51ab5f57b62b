// expect: no-leaked-race
// The timeout raced against waitIdle is never cleared, so once the embosser goes idle the timer keeps running, holding the process open until it fires a rejection nobody awaits.
export interface EmbosserStatus {
  state: 'idle' | 'embossing' | 'paper-out' | 'cover-open';
  queuedJobs: number;
}

export interface EmbosserConnection {
  readonly model: string;
  status(): Promise<EmbosserStatus>;
  waitIdle(): Promise<EmbosserStatus>;
  loadForm(form: 'tractor-11in' | 'tractor-a4' | 'sheet-a4'): Promise<void>;
}

export class EmbosserBusyError extends Error {
  constructor(model: string, ms: number) {
    super(`${model} still busy after ${ms} ms`);
    this.name = 'EmbosserBusyError';
  }
}

function timeoutAfter(ms: number, model: string): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new EmbosserBusyError(model, ms)), ms);
  });
}

export async function waitUntilIdle(conn: EmbosserConnection, ms: number): Promise<EmbosserStatus> {
  const current = await conn.status();
  if (current.state === 'idle') return current;
  if (current.state === 'paper-out' || current.state === 'cover-open') {
    throw new Error(`${conn.model} needs attention: ${current.state}`);
  }
  return Promise.race([conn.waitIdle(), timeoutAfter(ms, conn.model)]);
}

export async function switchForm(
  conn: EmbosserConnection,
  form: 'tractor-11in' | 'tractor-a4' | 'sheet-a4',
  drainTimeoutMs = 10 * 60_000,
): Promise<void> {
  const status = await waitUntilIdle(conn, drainTimeoutMs);
  if (status.queuedJobs > 0) {
    throw new Error(`${conn.model} reports ${status.queuedJobs} queued job(s); drain before changing form`);
  }
  await conn.loadForm(form);
}

export async function switchAll(
  conns: EmbosserConnection[],
  form: 'tractor-11in' | 'tractor-a4' | 'sheet-a4',
): Promise<string[]> {
  const switched: string[] = [];
  for (const conn of conns) {
    await switchForm(conn, form);
    switched.push(conn.model);
  }
  return switched;
}
