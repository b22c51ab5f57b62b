// expect: no-read-before-settle
// dropBasket reads oilTempC right after requesting a probe sample, before the 'sample' listener that assigns it can run, so the cold-oil guard compares NaN.
import { EventEmitter } from "node:events";

export interface MenuItem {
  sku: string;
  name: string;
  fryS: number;
  minOilC: number;
}

export interface FryTimer {
  basket: 1 | 2;
  item: MenuItem;
  startedAt: number;
  handle: NodeJS.Timeout;
}

interface OilProbe extends EventEmitter {
  requestSample(): void;
}

declare const probe: OilProbe;
declare const basketMotor: { lower(basket: 1 | 2): void; raise(basket: 1 | 2): void };
declare const kitchenDisplay: { show(basket: 1 | 2, text: string): void; beep(pattern: "done" | "warn"): void };

export class FryerStation extends EventEmitter {
  private readonly timers = new Map<1 | 2, FryTimer>();

  dropBasket(basket: 1 | 2, item: MenuItem): FryTimer | null {
    if (this.timers.has(basket)) {
      kitchenDisplay.show(basket, "BASKET BUSY");
      return null;
    }

    let oilTempC = Number.NaN;
    probe.once("sample", (celsius: number) => {
      oilTempC = celsius;
    });
    probe.requestSample();

    if (oilTempC < item.minOilC) {
      kitchenDisplay.show(basket, `OIL ${Math.round(oilTempC)}C - WAIT`);
      kitchenDisplay.beep("warn");
      return null;
    }

    basketMotor.lower(basket);
    const handle = setTimeout(() => this.finish(basket), item.fryS * 1000);
    const timer: FryTimer = { basket, item, startedAt: Date.now(), handle };
    this.timers.set(basket, timer);
    kitchenDisplay.show(basket, `${item.name} ${item.fryS}s`);
    return timer;
  }

  private finish(basket: 1 | 2): void {
    const timer = this.timers.get(basket);
    if (!timer) return;
    this.timers.delete(basket);
    basketMotor.raise(basket);
    kitchenDisplay.show(basket, `${timer.item.name} READY`);
    kitchenDisplay.beep("done");
    this.emit("done", timer.item, Date.now() - timer.startedAt);
  }

  abort(basket: 1 | 2): boolean {
    const timer = this.timers.get(basket);
    if (!timer) return false;
    clearTimeout(timer.handle);
    this.timers.delete(basket);
    basketMotor.raise(basket);
    kitchenDisplay.show(basket, "CANCELLED");
    return true;
  }

  remainingSeconds(basket: 1 | 2, now = Date.now()): number | null {
    const timer = this.timers.get(basket);
    if (!timer) return null;
    return Math.max(0, Math.ceil(timer.item.fryS - (now - timer.startedAt) / 1000));
  }
}
