// expect: no-multiple-settle
// connect() resolves on the socket's 'open' event only; if the clocking station refuses the connection, 'error'/'close' fire and the promise never settles.
export interface ArrivalRecord {
  ringNumber: string;
  loftId: string;
  clockedAt: number;
  velocityMpm: number;
}

interface ClockMessage {
  type: 'arrival' | 'heartbeat';
  ring?: string;
  ts?: number;
}

declare const raceRegistry: {
  releaseTime(raceId: string): Promise<number>;
  loftDistanceMetres(raceId: string, loftId: string): Promise<number>;
};

export class LoftClockClient {
  private socket: WebSocket | null = null;
  private readonly arrivals: ArrivalRecord[] = [];
  private releaseAt = 0;
  private distanceM = 0;

  constructor(
    private readonly stationUrl: string,
    private readonly loftId: string,
    private readonly raceId: string,
  ) {}

  async prepare(): Promise<void> {
    const [release, distance] = await Promise.all([
      raceRegistry.releaseTime(this.raceId),
      raceRegistry.loftDistanceMetres(this.raceId, this.loftId),
    ]);
    this.releaseAt = release;
    this.distanceM = distance;
  }

  connect(): Promise<void> {
    const url = `${this.stationUrl}/lofts/${encodeURIComponent(this.loftId)}/clock`;
    return new Promise<void>((resolve) => {
      const socket = new WebSocket(url);
      socket.binaryType = 'arraybuffer';
      socket.addEventListener('message', (event) => this.onMessage(event));
      socket.addEventListener(
        'open',
        () => {
          this.socket = socket;
          socket.send(JSON.stringify({ type: 'subscribe', race: this.raceId }));
          resolve();
        },
        { once: true },
      );
    });
  }

  private onMessage(event: MessageEvent): void {
    if (typeof event.data !== 'string') return;
    let msg: ClockMessage;
    try {
      msg = JSON.parse(event.data) as ClockMessage;
    } catch {
      return;
    }
    if (msg.type !== 'arrival' || !msg.ring || !msg.ts) return;
    const minutes = (msg.ts - this.releaseAt) / 60_000;
    if (minutes <= 0) return;
    this.arrivals.push({
      ringNumber: msg.ring,
      loftId: this.loftId,
      clockedAt: msg.ts,
      velocityMpm: this.distanceM / minutes,
    });
  }

  standings(): ArrivalRecord[] {
    return [...this.arrivals].sort((a, b) => b.velocityMpm - a.velocityMpm);
  }

  close(): void {
    this.socket?.close(1000, 'race closed');
    this.socket = null;
  }
}

export async function clockRace(stationUrl: string, loftId: string, raceId: string): Promise<LoftClockClient> {
  const client = new LoftClockClient(stationUrl, loftId, raceId);
  await client.prepare();
  await client.connect();
  return client;
}
