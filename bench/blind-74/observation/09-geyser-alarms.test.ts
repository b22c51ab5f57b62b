// expect: no-unobserved-promise
// The fan-out test arms every post into an array but awaits only armed[0]; the other arm() promises are never observed, so a rejection from them goes unhandled.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface ArmReceipt {
  postId: string;
  thresholdKPa: number;
  armedAt: number;
}

class MonitoringPost {
  private threshold: number | undefined;
  public failNextArm = false;

  constructor(
    readonly postId: string,
    private readonly latencyMs: number,
  ) {}

  async arm(thresholdKPa: number): Promise<ArmReceipt> {
    await sleep(this.latencyMs);
    if (this.failNextArm) {
      this.failNextArm = false;
      throw new Error(`post ${this.postId} did not acknowledge arm command`);
    }
    this.threshold = thresholdKPa;
    return { postId: this.postId, thresholdKPa, armedAt: Date.now() };
  }

  get armedThreshold(): number | undefined {
    return this.threshold;
  }

  trips(pressureKPa: number): boolean {
    return this.threshold !== undefined && pressureKPa >= this.threshold;
  }
}

class AlarmNetwork {
  constructor(readonly posts: MonitoringPost[]) {}

  armAll(thresholdKPa: number): Promise<ArmReceipt>[] {
    return this.posts.map((p) => p.arm(thresholdKPa));
  }

  tripped(readings: Record<string, number>): string[] {
    return this.posts.filter((p) => p.trips(readings[p.postId] ?? 0)).map((p) => p.postId);
  }
}

describe('AlarmNetwork', () => {
  let network: AlarmNetwork;

  beforeEach(() => {
    network = new AlarmNetwork([
      new MonitoringPost('old-faithful-n', 2),
      new MonitoringPost('old-faithful-s', 5),
      new MonitoringPost('castle-cone', 8),
    ]);
  });

  it('arms every post with the same threshold', async () => {
    const receipts = await Promise.all(network.armAll(145));
    assert.deepEqual(
      receipts.map((r) => r.postId),
      ['old-faithful-n', 'old-faithful-s', 'castle-cone'],
    );
    assert.ok(receipts.every((r) => r.thresholdKPa === 145));
  });

  it('sends the arm command to the nearest post first', async () => {
    const armed = network.armAll(150);
    const first = await armed[0];
    assert.equal(first.postId, 'old-faithful-n');
    assert.equal(network.posts[0].armedThreshold, 150);
  });

  it('reports only posts whose reading crosses the threshold', async () => {
    await Promise.all(network.armAll(140));
    const tripped = network.tripped({ 'old-faithful-n': 152, 'old-faithful-s': 131, 'castle-cone': 140 });
    assert.deepEqual(tripped, ['old-faithful-n', 'castle-cone']);
  });

  it('surfaces a post that fails to acknowledge', async () => {
    network.posts[1].failNextArm = true;
    await assert.rejects(Promise.all(network.armAll(145)), /old-faithful-s did not acknowledge/);
  });
});
