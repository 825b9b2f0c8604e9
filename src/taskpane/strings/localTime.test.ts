import { localTime } from "./localTime";

describe("localTime: a recorded run time as the reader's clock shows it", () => {
  it("shows a UTC record as Beijing's clock reads it (UTC+8)", () => {
    expect(localTime("2017-03-01T09:00:00.000Z", 480)).toBe("2017-03-01 17:00");
    // Past midnight in Beijing is the next day.
    expect(localTime("2017-02-28T16:30:00.000Z", 480)).toBe("2017-03-01 00:30");
  });

  it("shows the record unchanged for a reader on UTC", () => {
    expect(localTime("2017-03-01T09:00:00.000Z", 0)).toBe("2017-03-01 09:00");
  });

  it("uses this machine's own offset when none is given", () => {
    const record = "2017-03-01T09:00:00.000Z";
    const local = new Date(record);
    const two = (n: number) => String(n).padStart(2, "0");
    expect(localTime(record)).toBe(
      `${local.getFullYear()}-${two(local.getMonth() + 1)}-${two(local.getDate())} ${two(local.getHours())}:${two(local.getMinutes())}`,
    );
  });

  it("leaves text that is not an ISO time as it was typed", () => {
    expect(localTime("三月一日上午")).toBe("三月一日上午");
    expect(localTime("2017-13-45T99:00")).toBe("2017-13-45T99:00");
  });
});
