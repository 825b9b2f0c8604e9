/**
 * The proxy machinery of the fake host, as Office.js has it: a request context
 * queues commands; proxies are resolved, written and read only when the
 * context syncs; properties must be loaded and synced before they are read.
 *
 * - Every object a method returns (getItem, getRange…) queues its own lookup,
 *   so `getItem("missing")` fails the next sync with ItemNotFound, and an
 *   `…OrNullObject` lookup gives `isNullObject === true` after the sync.
 *   Methods and property writes on a null object do nothing; objects got from
 *   a null object are null too.
 * - A property write is cached locally, so it reads back before the sync, as
 *   in Office.js.
 * - Each command counts toward the sync's payload: the JSON of what it writes
 *   (and of what a load reads back) plus a fixed overhead per command.
 */
import { FakeExcelError, invalidArgument, notLoaded } from "./errors";
import type { FakeExcelHost } from "./host";
import type { FakeWorkbook } from "./workbook";

/** What a queued command gives when it runs: response bytes, and what to apply once the sync succeeds. */
export interface OpResult {
  readonly bytes?: number;
  readonly apply?: () => void;
}

export interface Op {
  readonly requestBytes: number;
  run(): OpResult | void;
}

/**
 * UTF-8 bytes of `JSON.stringify(value)`, counted without building a buffer.
 * @example
 * jsonBytes([["区", 1]]) //=> 11
 */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 code units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  /** Not in Office.js's typings for every host, but present on Excel's context. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  /** Set by `run({ delayForCellEdit: true }, …)`: the syncs of this context wait while a cell is being edited. */
  delayForCellEdit = false;
  private queue: Op[] = [];
  private touched = new Set<AnyProxy>();

  constructor(
    readonly host: FakeExcelHost,
    makeWorkbook: (ctx: FakeRequestContext) => FakeWorkbook,
  ) {
    this.workbook = makeWorkbook(this);
  }

  get application() {
    return this.workbook.application;
  }

  /** Queues a command. Used by the proxies. */
  enqueue(requestBytes: number, run: () => OpResult | void): void {
    this.queue.push({ requestBytes: requestBytes + this.host.opOverheadBytes, run });
  }

  /** Hands the queued commands to the host and forgets them. */
  takeQueue(): Op[] {
    const ops = this.queue;
    this.queue = [];
    return ops;
  }

  get pending(): number {
    return this.queue.length;
  }

  noteResolved(obj: AnyProxy): void {
    this.touched.add(obj);
  }

  /** Marks every object resolved in the sync that just succeeded as synced. */
  settleResolved(ok: boolean): void {
    if (ok) for (const obj of this.touched) obj.markSynced();
    this.touched = new Set();
  }

  sync(): Promise<void> {
    return this.host.executeSync(this);
  }

  load<T extends { load(spec?: LoadSpec): T }>(obj: T, spec?: LoadSpec): T {
    return obj.load(spec);
  }
}

export type LoadSpec = string | readonly string[] | { readonly select?: string | readonly string[] } | undefined;

/** Property paths of a load spec: "a, b/c" or ["a", "b/c"] or {select}. */
export function loadPaths(spec: LoadSpec): string[] {
  const raw =
    spec === undefined ? [] : typeof spec === "string" || Array.isArray(spec) ? spec : ((spec as { select?: string | readonly string[] }).select ?? []);
  const list = typeof raw === "string" ? raw.split(",") : [...raw];
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

/** What the machinery needs of any proxy, whatever it resolves to. */
export interface AnyProxy {
  resolve(): unknown;
  markSynced(): void;
  collect(paths: readonly string[], staged: Staged[]): void;
  stage(key: string, value: unknown): void;
}

type Staged = [AnyProxy, string, unknown];

/** A proxy object. `T` is what it resolves to in the store (an id, a rectangle…). */
export abstract class FakeClientObject<T> implements AnyProxy {
  private target: T | null | undefined = undefined;
  private synced = false;
  private readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => T | null,
    queueLookup = true,
  ) {
    if (queueLookup) context.enqueue(0, () => void this.resolve());
  }

  /** Scalar properties that `load` can read, from the resolved target. */
  protected abstract scalars(): Readonly<Record<string, (target: T) => unknown>>;

  /** Navigation properties `load` can walk through ("worksheet/name"). */
  protected navigation(): Readonly<Record<string, () => AnyProxy>> {
    return {};
  }

  get isNullObject(): boolean {
    if (!this.synced) throw notLoaded("isNullObject");
    return this.target === null;
  }

  /** The store object this proxy stands for (null for a null object). Only while a sync runs. */
  resolve(): T | null {
    if (this.target === undefined) this.target = this.resolver();
    this.context.noteResolved(this);
    return this.target;
  }

  markSynced(): void {
    this.synced = true;
  }

  /** A navigation property's proxy, made once so what it loads stays with it. */
  protected child<C>(key: string, make: () => C): C {
    if (!this.children.has(key)) this.children.set(key, make());
    return this.children.get(key) as C;
  }

  /** Sets a loaded property (when its sync succeeds). */
  stage(key: string, value: unknown): void {
    this.loaded.set(key, value);
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue(jsonBytes(paths), () => {
      const staged: Staged[] = [];
      this.collect(paths, staged);
      let bytes = 0;
      for (const [, key, value] of staged) if (key !== "items") bytes += jsonBytes(value);
      return { bytes, apply: () => staged.forEach(([obj, key, value]) => obj.stage(key, value)) };
    });
    return this;
  }

  /** Reads the properties of `paths` now (while the sync runs) into `staged`. */
  collect(paths: readonly string[], staged: Staged[]): void {
    const target = this.resolve();
    if (target === null) return;
    const scalars = this.scalars();
    const wanted = paths.length === 0 ? Object.keys(scalars) : paths;
    for (const path of wanted) {
      const [head, ...rest] = path.split("/");
      const nav = this.navigation()[head];
      if (rest.length > 0 || (nav !== undefined && scalars[head] === undefined)) {
        if (nav === undefined) throw invalidArgument(`"${head}" is not a navigation property.`);
        nav().collect(rest.length > 0 ? [rest.join("/")] : [], staged);
      } else if (scalars[head] !== undefined) {
        staged.push([this, head, scalars[head](target)]);
      } else {
        throw invalidArgument(`The property "${head}" cannot be loaded.`);
      }
    }
  }

  /** A loaded (or locally set) property, else PropertyNotLoaded. */
  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** Queues a property write; `apply` runs at sync on a non-null target. */
  protected set(name: string, value: unknown, apply: (target: T) => void): void {
    this.loaded.set(name, value);
    this.context.enqueue(jsonBytes(value), () => {
      const target = this.resolve();
      if (target !== null) apply(target);
    });
  }

  /** Queues a method call; `run` runs at sync on a non-null target. */
  protected call(args: unknown, run: (target: T) => void): void {
    this.context.enqueue(jsonBytes(args), () => {
      const target = this.resolve();
      if (target !== null) run(target);
    });
  }

  /** The resolver of an object got from this one: null when this is null. */
  protected from<U>(make: (target: T) => U | null): () => U | null {
    return () => {
      const target = this.resolve();
      return target === null ? null : make(target);
    };
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A collection proxy: `items` after `load("items/name")` (or `load("name")`). */
export abstract class FakeCollection<T, I extends AnyProxy> extends FakeClientObject<T> {
  protected abstract itemsOf(target: T): I[];

  protected override scalars(): Readonly<Record<string, (target: T) => unknown>> {
    return { count: (t) => this.itemsOf(t).length };
  }

  get items(): I[] {
    return this.get<I[]>("items");
  }

  override collect(paths: readonly string[], staged: Staged[]): void {
    const target = this.resolve();
    if (target === null) return;
    const own = paths.filter((p) => p === "count");
    super.collect(own, staged);
    const itemPaths = paths.filter((p) => p !== "count").map((p) => (p === "items" ? "" : p.replace(/^items\//, "")));
    if (paths.length > 0 && itemPaths.length === 0) return;
    const items = this.itemsOf(target);
    for (const item of items)
      item.collect(
        itemPaths.filter((p) => p !== ""),
        staged,
      );
    staged.push([this, "items", items]);
  }

  getCount(): { value: number } {
    const result = { value: Number.NaN };
    let count = 0;
    this.context.enqueue(0, () => {
      const target = this.resolve();
      count = target === null ? 0 : this.itemsOf(target).length;
      return { bytes: 8, apply: () => (result.value = count) };
    });
    return result;
  }
}

/** Throws `error` when the sync runs (for a lookup that cannot succeed). */
export function failing<T>(error: FakeExcelError): () => T {
  return () => {
    throw error;
  };
}
