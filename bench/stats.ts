/** Timing helpers: every figure the bench prints is a median, and ratios are taken side by side. */

export const median = (values: number[]): number => {
  if (!values.length) throw new Error('No samples to take a median of');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
};

/**
 * Runs workloads in alternating rounds, rotating which goes first each round, so load from other
 * processes on the machine falls on all alike. Returns each one's median.
 */
export const interleaved = async <K extends string>(
  rounds: number,
  workloads: Record<K, () => Promise<unknown>>,
): Promise<Record<K, number>> => {
  const entries = Object.entries(workloads) as Array<[K, () => Promise<unknown>]>;
  const samples = new Map<K, number[]>(entries.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const shift = round % entries.length;
    for (const [name, work] of [...entries.slice(shift), ...entries.slice(0, shift)]) {
      samples.get(name)!.push((await timed(work)).ms);
    }
  }
  return Object.fromEntries(entries.map(([name]) => [name, median(samples.get(name)!)])) as Record<
    K,
    number
  >;
};

/** Two workloads side by side: each one's median and their ratio. */
export const sideBySide = async (
  rounds: number,
  subject: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
): Promise<{ subjectMs: number; baselineMs: number; ratio: number }> => {
  const { subject: subjectMs, baseline: baselineMs } = await interleaved(rounds, {
    subject,
    baseline,
  });
  return { subjectMs, baselineMs, ratio: subjectMs / baselineMs };
};

export const ms = (value: number): string =>
  value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;

export const times = (ratio: number): string => `${ratio.toFixed(2)}×`;

export const bytes = (value: number): string => `${(value / 1024).toFixed(0)} KB`;
