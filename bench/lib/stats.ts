/** Latency figures in milliseconds over one set of samples. */
export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of values sorted ascending (the same rule as bench/knowledge.ts). */
export function percentile(sortedValues: number[], fraction: number): number {
  const position = Math.min(sortedValues.length - 1, Math.ceil(fraction * sortedValues.length) - 1);
  return sortedValues[Math.max(0, position)] ?? 0;
}

export function summarize(values: number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  const total = sorted.reduce((sum, v) => sum + v, 0);
  return {
    count: sorted.length,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? 0,
    mean: sorted.length ? total / sorted.length : 0,
  };
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 0.5);
}

/** A wall-clock timestamp with sub-millisecond resolution that two processes on one machine agree on. */
export function nowMs(): number {
  return performance.timeOrigin + performance.now();
}
