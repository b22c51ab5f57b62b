// expect: none
// Every async lookup is awaited before its value is interpolated into the board text or serialised into the published payload.
export interface LineStatus {
  line: string;
  running: boolean;
  speedMps: number;
  cabinsInService: number;
}

export interface TelemetryApi {
  lineStatus(line: string): Promise<LineStatus>;
  queueMinutes(station: string): Promise<number>;
  windAdvice(line: string): Promise<'normal' | 'reduced-speed' | 'hold-cabins'>;
}

export interface BoardPublisher {
  publish(topic: string, payload: string): Promise<void>;
}

export interface StationBoard {
  station: string;
  headline: string;
  detail: string;
}

function headlineFor(status: LineStatus, advice: string): string {
  if (!status.running) return `${status.line}: SERVICE SUSPENDED`;
  if (advice === 'reduced-speed') return `${status.line}: running at reduced speed (wind)`;
  if (advice === 'hold-cabins') return `${status.line}: cabins held in stations (wind)`;
  return `${status.line}: normal service`;
}

export class StatusBoardUpdater {
  constructor(
    private readonly telemetry: TelemetryApi,
    private readonly publisher: BoardPublisher,
  ) {}

  async render(line: string, station: string): Promise<StationBoard> {
    const [status, queue, advice] = await Promise.all([
      this.telemetry.lineStatus(line),
      this.telemetry.queueMinutes(station),
      this.telemetry.windAdvice(line),
    ]);
    const rideMinutes = status.speedMps > 0 ? Math.round(2_400 / status.speedMps / 60) : null;
    return {
      station,
      headline: headlineFor(status, advice),
      detail: `Queue ~${queue} min · ${status.cabinsInService} cabins · ride ${rideMinutes ?? '–'} min`,
    };
  }

  async publish(line: string, stations: string[]): Promise<void> {
    for (const station of stations) {
      const board = await this.render(line, station);
      await this.publisher.publish(
        `boards/${station}`,
        JSON.stringify({ ...board, updatedAt: new Date().toISOString() }),
      );
    }
  }
}
