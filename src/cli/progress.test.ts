import type { CliIo } from "./io";
import { createProgress } from "./progress";

function fakeIo(tty: boolean): CliIo & { err: string[] } {
  const err: string[] = [];
  return { err, stdout: () => undefined, stderr: (t) => void err.push(t), stderrIsTTY: tty, env: {}, cwd: "/", now: () => new Date(0) };
}

describe("createProgress", () => {
  it("stays quiet for the first half second, then shows each phase on one line", () => {
    const io = fakeIo(true);
    let now = 1000;
    const p = createProgress(io, "en", () => now);
    p.phase("read");
    now += 300;
    p.phase("check");
    expect(io.err).toEqual([]);
    now += 400;
    p.phase("grade");
    now += 900;
    p.phase("write");
    p.done();
    expect(io.err).toEqual(["\r\x1b[KGrading… 0.7 s", "\r\x1b[KWriting the results… 1.6 s", "\r\x1b[K"]);
  });

  it("shows nothing when stderr is not a terminal", () => {
    const io = fakeIo(false);
    let now = 0;
    const p = createProgress(io, "zh", () => now);
    p.phase("read");
    now += 5000;
    p.phase("grade");
    p.done();
    expect(io.err).toEqual([]);
  });

  it("speaks Chinese", () => {
    const io = fakeIo(true);
    let now = 0;
    const p = createProgress(io, "zh", () => now);
    now = 2000;
    p.phase("grade");
    p.done();
    expect(io.err[0]).toBe("\r\x1b[K评定… 2.0 s");
  });
});
