// expect: no-swallowed-abort
// Bug: the retry loop catches every error, including the AbortError raised when the operator cancels, and keeps retrying before throwing a generic failure.
export interface Signature {
  issue: string;
  number: number;
  pages: number[];
  stock: 'newsprint' | 'baxter' | 'gloss-80';
}

export interface RunSheet {
  signature: Signature;
  copies: number;
  sheetsUsed: number;
  spoilage: number;
}

declare const webPress: {
  run(job: { signature: Signature; copies: number }, opts: { signal?: AbortSignal }): Promise<{ sheetsUsed: number; spoilage: number }>;
  registerCheck(opts: { signal?: AbortSignal }): Promise<{ offsetMm: number }>;
};

declare const pressLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const MAX_ATTEMPTS = 3;
const MAX_REGISTER_OFFSET_MM = 0.15;

export class PressRunFailed extends Error {
  constructor(readonly signature: Signature, readonly attempts: number, cause: unknown) {
    super(`signature ${signature.issue}#${signature.number} failed after ${attempts} attempts`, { cause });
  }
}

async function checkRegister(signal?: AbortSignal): Promise<void> {
  const { offsetMm } = await webPress.registerCheck({ signal });
  if (Math.abs(offsetMm) > MAX_REGISTER_OFFSET_MM) {
    throw new Error(`plates out of register by ${offsetMm.toFixed(2)} mm`);
  }
}

export async function printSignature(
  signature: Signature,
  copies: number,
  signal?: AbortSignal,
): Promise<RunSheet> {
  let lastError: unknown;

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      await checkRegister(signal);
      const { sheetsUsed, spoilage } = await webPress.run({ signature, copies }, { signal });
      return { signature, copies, sheetsUsed, spoilage };
    } catch (err) {
      lastError = err;
      pressLog.warn('signature run failed, retrying', {
        issue: signature.issue,
        signature: signature.number,
        attempt,
        err: String(err),
      });
    }
  }

  throw new PressRunFailed(signature, MAX_ATTEMPTS, lastError);
}

export async function printIssue(signatures: Signature[], copies: number, signal?: AbortSignal): Promise<RunSheet[]> {
  const sheets: RunSheet[] = [];
  for (const sig of signatures) {
    sheets.push(await printSignature(sig, copies, signal));
  }
  return sheets;
}
