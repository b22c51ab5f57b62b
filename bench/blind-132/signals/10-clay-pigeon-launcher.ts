// expect: no-swallowed-abort
// The catch wraps every failure, including an AbortError from the cancelled request, in a plain LauncherError, so callers checking for AbortError never see the cancellation.
export interface ThrowProgram {
  trapId: string;
  pattern: 'single' | 'report-pair' | 'simultaneous-pair';
  delayMs: number;
}

export interface ThrowAck {
  trapId: string;
  thrownAt: number;
  clays: number;
}

export class LauncherError extends Error {
  constructor(readonly trapId: string, message: string) {
    super(`trap ${trapId}: ${message}`);
    this.name = 'LauncherError';
  }
}

export class AcousticLauncher {
  constructor(private readonly gatewayUrl: string) {}

  async pull(program: ThrowProgram, signal?: AbortSignal): Promise<ThrowAck> {
    try {
      const res = await fetch(`${this.gatewayUrl}/traps/${program.trapId}/throw`, {
        method: 'POST',
        signal,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ pattern: program.pattern, delayMs: program.delayMs }),
      });
      if (res.status === 409) throw new Error('trap is jammed');
      if (!res.ok) throw new Error(`gateway answered ${res.status}`);
      return (await res.json()) as ThrowAck;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      throw new LauncherError(program.trapId, message);
    }
  }

  async shootRound(programs: readonly ThrowProgram[], signal?: AbortSignal): Promise<ThrowAck[]> {
    const acks: ThrowAck[] = [];
    for (const program of programs) {
      acks.push(await this.pull(program, signal));
    }
    return acks;
  }
}

export function claysThrown(acks: readonly ThrowAck[]): number {
  return acks.reduce((sum, a) => sum + a.clays, 0);
}

export async function runSquad(
  launcher: AcousticLauncher,
  rounds: ReadonlyArray<readonly ThrowProgram[]>,
  signal: AbortSignal,
  onRound: (index: number, acks: ThrowAck[]) => void,
): Promise<number> {
  let total = 0;
  for (const [i, programs] of rounds.entries()) {
    const acks = await launcher.shootRound(programs, signal);
    total += claysThrown(acks);
    onRound(i, acks);
  }
  return total;
}
