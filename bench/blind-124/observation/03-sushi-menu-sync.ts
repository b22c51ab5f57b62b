// expect: none
// The plate catalogue and lane list requests are started together but handed straight to Promise.all with no await in between, so a rejection from either is observed immediately.
export interface Plate {
  sku: string;
  name: string;
  colour: 'white' | 'blue' | 'red' | 'gold' | 'black';
  priceYen: number;
  vegetarian: boolean;
}

export interface Lane {
  id: number;
  section: 'counter' | 'booth' | 'express';
  capacity: number;
}

export interface CatalogueApi {
  listPlates(restaurantId: string): Promise<Plate[]>;
}

export interface BeltApi {
  listLanes(restaurantId: string): Promise<Lane[]>;
  assignPlates(restaurantId: string, laneId: number, skus: string[]): Promise<void>;
}

export interface SyncReport {
  lanes: number;
  platesAssigned: number;
  skipped: string[];
}

export class ConveyorMenuSync {
  constructor(
    private readonly catalogue: CatalogueApi,
    private readonly belt: BeltApi,
  ) {}

  async sync(restaurantId: string): Promise<SyncReport> {
    const platesRequest = this.catalogue.listPlates(restaurantId);
    const lanesRequest = this.belt.listLanes(restaurantId);
    const [plates, lanes] = await Promise.all([platesRequest, lanesRequest]);

    const skipped: string[] = [];
    const byLane = new Map<number, string[]>();
    for (const lane of lanes) byLane.set(lane.id, []);

    const express = lanes.filter((l) => l.section === 'express');
    const regular = lanes.filter((l) => l.section !== 'express');
    let cursor = 0;
    for (const plate of plates) {
      // gold and black plates are made to order and go out on the express lane
      const pool = plate.colour === 'gold' || plate.colour === 'black' ? express : regular;
      if (pool.length === 0) {
        skipped.push(plate.sku);
        continue;
      }
      const lane = pool[cursor++ % pool.length];
      const slot = byLane.get(lane.id)!;
      if (slot.length >= lane.capacity) {
        skipped.push(plate.sku);
        continue;
      }
      slot.push(plate.sku);
    }

    let platesAssigned = 0;
    for (const [laneId, skus] of byLane) {
      await this.belt.assignPlates(restaurantId, laneId, skus);
      platesAssigned += skus.length;
    }
    return { lanes: lanes.length, platesAssigned, skipped };
  }
}
