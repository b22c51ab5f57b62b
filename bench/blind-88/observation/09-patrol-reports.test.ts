// expect: no-unobserved-promise
// In the 'reports a closed sector' test, the south report is expected to reject quickly, but it is stored and only given a handler after awaiting the slower north report, so it rejects with no handler attached.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface SectorReport {
  sector: string;
  patrollers: number;
  openRuns: string[];
  hazards: string[];
}

type Transport = (path: string) => Promise<{ status: number; body: unknown }>;

class PatrolReportClient {
  constructor(private readonly transport: Transport) {}

  async fetchReport(sector: string): Promise<SectorReport> {
    const res = await this.transport(`/sectors/${encodeURIComponent(sector)}/report`);
    if (res.status === 423) throw new Error(`sector ${sector} is closed for avalanche control`);
    if (res.status !== 200) throw new Error(`report for ${sector} failed with ${res.status}`);
    return res.body as SectorReport;
  }
}

const NORTH: SectorReport = { sector: 'north', patrollers: 4, openRuns: ['Cirque', 'Dogleg'], hazards: [] };

describe('PatrolReportClient', () => {
  let transport: ReturnType<typeof mock.fn<Transport>>;
  let client: PatrolReportClient;

  beforeEach(() => {
    transport = mock.fn<Transport>(async (path) => {
      if (path.includes('/south/')) {
        await delay(5);
        return { status: 423, body: null };
      }
      await delay(30);
      return { status: 200, body: NORTH };
    });
    client = new PatrolReportClient(transport);
  });

  afterEach(() => {
    mock.restoreAll();
  });

  it('fetches a sector report', async () => {
    const report = await client.fetchReport('north');
    assert.deepEqual(report.openRuns, ['Cirque', 'Dogleg']);
    assert.equal(transport.mock.callCount(), 1);
  });

  it('reports a closed sector', async () => {
    const north = client.fetchReport('north');
    const south = client.fetchReport('south');

    assert.equal((await north).patrollers, 4);
    await assert.rejects(south, /closed for avalanche control/);
    assert.equal(transport.mock.callCount(), 2);
  });

  it('encodes sector names with spaces', async () => {
    await client.fetchReport('back bowls');
    assert.equal(transport.mock.calls[0].arguments[0], '/sectors/back%20bowls/report');
  });
});
