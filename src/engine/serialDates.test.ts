import { DATE_1904_OFFSET, DATE_2016_IN_1904, dateToSerial, isDateFormat, serialOfStored, to1900Serial } from "./serialDates";
import { dayFromSerial } from "./cells";

describe("serialDates", () => {
  it.each([
    ["yyyy-mm-dd", true],
    ['yyyy"年"m"月"d"日"', true],
    ["h:mm", true],
    ["[$-804]General", false],
    ['0.00"天"', false],
    ["0%", false],
    ["General", false],
    ["", false],
    [null, false],
  ])("%s is a date format: %s", (format, date) => {
    expect(isDateFormat(format)).toBe(date);
  });

  it("2016-01-01 is 42370 in the 1900 system and 40908 in the 1904 one", () => {
    expect(dateToSerial(new Date(Date.UTC(2016, 0, 1)))).toBe(42370);
    expect(DATE_2016_IN_1904).toBe(40908);
    expect(42370 - DATE_1904_OFFSET).toBe(40908);
    expect(dayFromSerial(dateToSerial(new Date(Date.UTC(2016, 10, 25))))?.iso).toBe("2016-11-25");
  });

  it("a stored serial becomes the 1900 serial through either adapter's path", () => {
    expect(serialOfStored(40908, true)).toBe(42370);
    expect(serialOfStored(42370, false)).toBe(42370);
    expect(to1900Serial(40908, "yyyy-mm-dd")).toBe(42370);
    expect(to1900Serial(40908, "0.00")).toBe(40908);
    expect(to1900Serial("2016-01-01", "yyyy-mm-dd")).toBe("2016-01-01");
  });

  it("a stored number no Date can hold is null, not a wrong day", () => {
    expect(serialOfStored(1e12, false)).toBeNull();
    expect(serialOfStored(Number.NaN, false)).toBeNull();
  });
});
