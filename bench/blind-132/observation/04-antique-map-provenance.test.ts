// expect: none
// Both lookups are started together and awaited through a single Promise.all, so a rejection from either one is always observed.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface AuctionRecord {
  lot: string;
  house: string;
  year: number;
}

interface OwnershipRecord {
  owner: string;
  from: number;
  to?: number;
}

interface ArchiveClient {
  auctionHistory(mapId: string): Promise<AuctionRecord[]>;
  ownershipChain(mapId: string): Promise<OwnershipRecord[]>;
}

interface ProvenanceDossier {
  mapId: string;
  earliestYear: number | undefined;
  gaps: Array<[number, number]>;
  auctions: number;
}

class ProvenanceBuilder {
  constructor(private readonly archive: ArchiveClient) {}

  async build(mapId: string): Promise<ProvenanceDossier> {
    const auctionsP = this.archive.auctionHistory(mapId);
    const ownersP = this.archive.ownershipChain(mapId);
    const [auctions, owners] = await Promise.all([auctionsP, ownersP]);

    const sorted = [...owners].sort((a, b) => a.from - b.from);
    const gaps: Array<[number, number]> = [];
    for (let i = 1; i < sorted.length; i++) {
      const prevEnd = sorted[i - 1].to;
      if (prevEnd !== undefined && sorted[i].from - prevEnd > 1) gaps.push([prevEnd, sorted[i].from]);
    }
    const years = [...auctions.map((a) => a.year), ...sorted.map((o) => o.from)];
    return {
      mapId,
      earliestYear: years.length ? Math.min(...years) : undefined,
      gaps,
      auctions: auctions.length,
    };
  }
}

describe('ProvenanceBuilder', () => {
  let calls: string[];
  let failOwnership: boolean;
  let archive: ArchiveClient;

  before(() => {
    calls = [];
    failOwnership = false;
    archive = {
      async auctionHistory(mapId) {
        calls.push(`auctions:${mapId}`);
        await new Promise((r) => setTimeout(r, 10));
        return [
          { lot: '212', house: 'Sotheby', year: 1911 },
          { lot: '48', house: 'Christie', year: 1968 },
        ];
      },
      async ownershipChain(mapId) {
        calls.push(`owners:${mapId}`);
        if (failOwnership) throw new Error('ownership ledger sealed');
        return [
          { owner: 'Duke of Bedford', from: 1890, to: 1910 },
          { owner: 'Hartley Library', from: 1925, to: 1967 },
          { owner: 'Private collector', from: 1968 },
        ];
      },
    };
  });

  after(() => {
    calls.length = 0;
  });

  test('merges auctions and ownership into a dossier', async () => {
    const dossier = await new ProvenanceBuilder(archive).build('blaeu-1635-scotia');
    assert.equal(dossier.earliestYear, 1890);
    assert.equal(dossier.auctions, 2);
    assert.deepEqual(dossier.gaps, [[1910, 1925]]);
  });

  test('queries both archives for the same map', async () => {
    calls.length = 0;
    await new ProvenanceBuilder(archive).build('speed-1610-wales');
    assert.deepEqual(calls.sort(), ['auctions:speed-1610-wales', 'owners:speed-1610-wales']);
  });

  test('surfaces archive failures', async () => {
    failOwnership = true;
    try {
      await assert.rejects(new ProvenanceBuilder(archive).build('ortelius-1570'), /ledger sealed/);
    } finally {
      failOwnership = false;
    }
  });
});
