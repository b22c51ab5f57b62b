// expect: no-floating-promises
// The 'swarm' listener is an async function, but EventEmitter ignores the promise it returns, so a rejected SMS send becomes an unhandled rejection that crashes the co-op's hive gateway.
import { EventEmitter } from 'node:events';

export interface SwarmSignal {
  hiveId: string;
  apiary: string;
  pipingHz: number;
  detectedAt: Date;
}

export interface Member {
  name: string;
  phone: string;
  apiaries: string[];
}

export interface SmsClient {
  send(to: string, body: string): Promise<void>;
}

export interface MemberDirectory {
  onCallFor(apiary: string): Promise<Member[]>;
}

export class HiveGateway extends EventEmitter<{ swarm: [SwarmSignal]; reading: [string, number] }> {
  ingest(line: string): void {
    const [kind, hiveId, apiary, value] = line.split(',');
    if (kind === 'PIPE' && hiveId && apiary) {
      const hz = Number(value);
      // queen piping in this band usually precedes a swarm by a few hours
      if (hz >= 380 && hz <= 520) {
        this.emit('swarm', { hiveId, apiary, pipingHz: hz, detectedAt: new Date() });
      }
    } else if (kind === 'TEMP' && hiveId) {
      this.emit('reading', hiveId, Number(value));
    }
  }
}

export class SwarmNotifier {
  private readonly recentlyAlerted = new Map<string, number>();

  constructor(
    private readonly gateway: HiveGateway,
    private readonly sms: SmsClient,
    private readonly directory: MemberDirectory,
    private readonly quietMs = 2 * 60 * 60_000,
  ) {}

  attach(): void {
    this.gateway.on('swarm', async (signal) => {
      const last = this.recentlyAlerted.get(signal.hiveId) ?? 0;
      if (Date.now() - last < this.quietMs) return;
      this.recentlyAlerted.set(signal.hiveId, Date.now());

      const members = await this.directory.onCallFor(signal.apiary);
      const body = `Swarm likely at ${signal.apiary}, hive ${signal.hiveId} (${signal.pipingHz} Hz piping). Bring a nuc box.`;
      for (const member of members) {
        await this.sms.send(member.phone, body);
      }
    });
  }
}
