// expect: none
// The message listener can fire many times, but every outcome (matching reply, error reply, socket error, close, timeout) goes through finish(), which removes all listeners and clears the timer before settling once.
export interface PartialReading {
  partial: 'hum' | 'prime' | 'tierce' | 'quint' | 'nominal';
  hz: number;
  cents: number;
}

export interface TuningReport {
  bellId: string;
  strikeNote: string;
  partials: PartialReading[];
}

type BenchReply =
  | { id: number; type: 'report'; report: TuningReport }
  | { id: number; type: 'error'; message: string }
  | { type: 'heartbeat' };

export class TuningBenchClient {
  private nextId = 1;

  constructor(private readonly socket: WebSocket, private readonly timeoutMs = 15_000) {}

  measure(bellId: string, strikes = 3): Promise<TuningReport> {
    const id = this.nextId++;
    const socket = this.socket;

    return new Promise<TuningReport>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;

      const finish = (outcome: { report: TuningReport } | { error: Error }) => {
        clearTimeout(timer);
        socket.removeEventListener('message', onMessage);
        socket.removeEventListener('error', onError);
        socket.removeEventListener('close', onClose);
        if ('report' in outcome) {
          resolve(outcome.report);
        } else {
          reject(outcome.error);
        }
      };

      const onMessage = (event: MessageEvent) => {
        let reply: BenchReply;
        try {
          reply = JSON.parse(String(event.data)) as BenchReply;
        } catch {
          return;
        }
        if (!('id' in reply) || reply.id !== id) return;
        if (reply.type === 'report') {
          finish({ report: reply.report });
        } else {
          finish({ error: new Error(`bench rejected ${bellId}: ${reply.message}`) });
        }
      };
      const onError = () => finish({ error: new Error('tuning bench socket error') });
      const onClose = (event: CloseEvent) =>
        finish({ error: new Error(`tuning bench closed (${event.code}) before reporting on ${bellId}`) });

      socket.addEventListener('message', onMessage);
      socket.addEventListener('error', onError);
      socket.addEventListener('close', onClose);
      timer = setTimeout(
        () => finish({ error: new Error(`no tuning report for ${bellId} after ${this.timeoutMs}ms`) }),
        this.timeoutMs,
      );

      try {
        socket.send(JSON.stringify({ id, type: 'measure', bellId, strikes }));
      } catch (err) {
        finish({ error: err instanceof Error ? err : new Error(String(err)) });
      }
    });
  }
}

export function centsOff(report: TuningReport, partial: PartialReading['partial']): number | undefined {
  return report.partials.find((p) => p.partial === partial)?.cents;
}

export async function needsRetuning(client: TuningBenchClient, bellId: string, toleranceCents = 4) {
  const report = await client.measure(bellId);
  return report.partials.some((p) => Math.abs(p.cents) > toleranceCents);
}
