// expect: none
// Async test bodies are returned to the runner, the per-post checks are awaited via Promise.all over map, and the sequential sweep uses for...of with await.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface RadarPost {
  postId: string;
  slope: string;
  elevationM: number;
}

interface HealthCheck {
  postId: string;
  online: boolean;
  snrDb: number;
  batteryPercent: number;
}

class FakeRadarNetwork {
  readonly pinged: string[] = [];
  private readonly offline = new Set<string>();

  takeOffline(postId: string): void {
    this.offline.add(postId);
  }

  async ping(post: RadarPost): Promise<HealthCheck> {
    await delay(2);
    this.pinged.push(post.postId);
    const online = !this.offline.has(post.postId);
    return {
      postId: post.postId,
      online,
      snrDb: online ? 30 - post.elevationM / 200 : 0,
      batteryPercent: online ? 87 : 0,
    };
  }
}

async function checkAll(network: FakeRadarNetwork, posts: RadarPost[]): Promise<HealthCheck[]> {
  return Promise.all(posts.map((post) => network.ping(post)));
}

async function sweepInOrder(network: FakeRadarNetwork, posts: RadarPost[]): Promise<string[]> {
  const degraded: string[] = [];
  for (const post of posts) {
    const check = await network.ping(post);
    if (!check.online || check.snrDb < 15) degraded.push(post.postId);
  }
  return degraded;
}

const POSTS: RadarPost[] = [
  { postId: 'north-couloir', slope: 'N', elevationM: 2450 },
  { postId: 'east-bowl', slope: 'E', elevationM: 2100 },
  { postId: 'summit-ridge', slope: 'S', elevationM: 3050 },
];

describe('radar post health', () => {
  let network: FakeRadarNetwork;

  beforeEach(() => {
    network = new FakeRadarNetwork();
  });

  it('pings every post in parallel', async () => {
    const checks = await checkAll(network, POSTS);
    assert.equal(checks.length, 3);
    assert.deepEqual(new Set(network.pinged), new Set(POSTS.map((p) => p.postId)));
  });

  it('reports offline posts with zero battery', async () => {
    network.takeOffline('east-bowl');
    const checks = await checkAll(network, POSTS);
    const east = checks.find((c) => c.postId === 'east-bowl');
    assert.equal(east?.online, false);
    assert.equal(east?.batteryPercent, 0);
  });

  it('sweeps posts in declared order', async () => {
    await sweepInOrder(network, POSTS);
    assert.deepEqual(network.pinged, ['north-couloir', 'east-bowl', 'summit-ridge']);
  });

  it('lists degraded posts: offline or weak signal', async () => {
    network.takeOffline('north-couloir');
    const degraded = await sweepInOrder(network, POSTS);
    assert.deepEqual(degraded, ['north-couloir', 'summit-ridge']);
  });
});
