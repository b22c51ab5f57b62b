// expect: no-uncalled-async-function
// shutdown() awaits this.parkAll without calling it, so the await resolves immediately with the function and the link is closed while the robot jockeys are still racing.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface JockeyLink {
  send(jockeyId: string, command: 'park' | 'ping' | 'stream-on'): Promise<void>;
  close(): Promise<void>;
}

class JockeyFleet {
  private heartbeat: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly link: JockeyLink,
    private readonly jockeyIds: string[],
    private readonly heartbeatMs = 5_000,
  ) {}

  get isRunning(): boolean {
    return this.running;
  }

  async start(): Promise<void> {
    await Promise.all(this.jockeyIds.map((id) => this.link.send(id, 'stream-on')));
    this.heartbeat = setInterval(() => {
      for (const id of this.jockeyIds) {
        this.link.send(id, 'ping').catch(() => undefined);
      }
    }, this.heartbeatMs);
    this.heartbeat.unref();
    this.running = true;
  }

  async parkAll(): Promise<void> {
    await Promise.all(this.jockeyIds.map((id) => this.link.send(id, 'park')));
  }

  async shutdown(): Promise<void> {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    await this.parkAll;
    await this.link.close();
    this.running = false;
  }
}

class RecordingLink implements JockeyLink {
  sent: string[] = [];
  closed = false;

  async send(jockeyId: string, command: 'park' | 'ping' | 'stream-on'): Promise<void> {
    if (this.closed) throw new Error('link closed');
    this.sent.push(`${jockeyId}:${command}`);
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

describe('JockeyFleet', () => {
  let link: RecordingLink;
  let fleet: JockeyFleet;

  before(() => {
    link = new RecordingLink();
    fleet = new JockeyFleet(link, ['rj-01', 'rj-02', 'rj-03'], 60_000);
  });

  after(async () => {
    if (fleet.isRunning) await fleet.shutdown();
  });

  test('start streams telemetry from every jockey', async () => {
    await fleet.start();
    assert.deepEqual(link.sent, ['rj-01:stream-on', 'rj-02:stream-on', 'rj-03:stream-on']);
    assert.equal(fleet.isRunning, true);
  });

  test('shutdown closes the link and stops the fleet', async () => {
    await fleet.shutdown();
    assert.equal(link.closed, true);
    assert.equal(fleet.isRunning, false);
  });

  test('a closed link refuses further commands', async () => {
    await assert.rejects(link.send('rj-01', 'ping'), /link closed/);
  });
});
