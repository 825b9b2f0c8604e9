/**
 * A debounce clock: `restart(f)` calls `f` once `delayMs` pass without
 * another restart. Typing a column of scores restarts it at each cell, so
 * one follow-up runs, not one per cell. Stopped when the pane closes.
 */
import { useEffect, useMemo } from "react";

export interface QuietTimer {
  readonly restart: (onQuiet: () => void) => void;
}

/**
 * @example
 * const timer = useQuietTimer(500);
 * timer.restart(followUp); timer.restart(followUp); // followUp runs once, 500 ms after the second
 */
export function useQuietTimer(delayMs: number): QuietTimer {
  const clock = useMemo(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = (): void => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    };
    const restart = (onQuiet: () => void): void => {
      stop();
      timer = setTimeout(() => {
        timer = null;
        onQuiet();
      }, delayMs);
    };
    return { restart, stop };
  }, [delayMs]);
  useEffect(() => clock.stop, [clock]);
  return clock;
}
