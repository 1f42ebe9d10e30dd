// Summaries of repeated measurements. Medians, because a shared machine produces
// occasional slow outliers that would drag a mean.

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** The individual samples, in the order they were taken. */
  samples: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summarize(values: readonly number[]): Summary {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    samples: [...values],
  };
}
