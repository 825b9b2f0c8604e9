/** RangeFill of the fake host: a range's fill color (apart from range.ts to keep each file short). */
import { invalidArgument } from "./errors";
import { FakeClientObject } from "./proxy";
import type { RangeTarget } from "./range";

const COLOR = /^#[0-9A-Fa-f]{6}$/;

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  private get store() {
    return this.context.host.store;
  }

  protected scalars() {
    return {
      color: (t: RangeTarget) => {
        const sheet = this.store.sheetById(t.sheetId);
        const first = this.store.cell(sheet, t.rect.row, t.rect.col).fill;
        let same = true;
        this.store.eachStored(sheet, t.rect, (_, __, rec) => (same &&= rec.fill === first));
        return same ? (first ?? "#FFFFFF") : null;
      },
    };
  }

  get color(): string | null {
    return this.get("color");
  }
  set color(color: string | null) {
    this.set("color", color, (t) => {
      if (typeof color !== "string" || !COLOR.test(color)) throw invalidArgument(`"${String(color)}" is not a color such as "#FFC7CE".`);
      this.store.setFill(t.sheetId, t.rect, color.toUpperCase());
    });
  }

  clear(): void {
    this.call(null, (t) => this.store.setFill(t.sheetId, t.rect, null));
  }
}
