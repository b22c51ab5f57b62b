// expect: none
// Every async lookup is awaited before its result is tested for truthiness, compared or embedded in the JSON body and the confirmation text, so only settled values are used.
export interface PealRequest {
  tower: string;
  date: string;
  method: string;
  changes: number;
  requestedBy: string;
}

export interface TowerRegistry {
  isPealBooked(tower: string, date: string): Promise<boolean>;
  bellCount(tower: string): Promise<number>;
  secretaryEmail(tower: string): Promise<string | undefined>;
}

export interface HttpPoster {
  post(url: string, body: string): Promise<{ status: number }>;
}

const METHOD_MIN_BELLS: Record<string, number> = {
  'Plain Bob Minor': 6,
  'Grandsire Triples': 7,
  'Stedman Caters': 9,
  'Cambridge Surprise Major': 8,
};

export class PealBookingDesk {
  constructor(
    private readonly towers: TowerRegistry,
    private readonly http: HttpPoster,
    private readonly guildUrl: string,
  ) {}

  async book(request: PealRequest): Promise<string> {
    if (await this.towers.isPealBooked(request.tower, request.date)) {
      return `${request.tower} already has a peal on ${request.date}`;
    }

    const bells = await this.towers.bellCount(request.tower);
    const needed = METHOD_MIN_BELLS[request.method] ?? 6;
    if (bells < needed) {
      return `${request.method} needs ${needed} bells; ${request.tower} has ${bells}`;
    }
    if (request.changes < 5000) {
      return `a peal needs at least 5000 changes, got ${request.changes}`;
    }

    const secretary = (await this.towers.secretaryEmail(request.tower)) ?? 'guild-secretary@example.org';
    const res = await this.http.post(
      `${this.guildUrl}/peals`,
      JSON.stringify({
        tower: request.tower,
        date: request.date,
        method: request.method,
        changes: request.changes,
        bells,
        notify: secretary,
        requestedBy: request.requestedBy,
      }),
    );
    if (res.status !== 201) throw new Error(`guild rejected the booking with ${res.status}`);

    return `Booked ${request.method} (${request.changes} changes) at ${request.tower} on ${request.date}; ${secretary} notified`;
  }
}
