// The figures bench/panelScale.ts prints: each one against its floor from the same run, and the
// issues' goals (first paint ≤ 1.3× the empty inbox's, webhook → panel ≤ 1.3× its floor, a
// 5,000-message thread open under 100 ms). Prints whatever was measured, also after a timeout.

export interface Series {
  paints: number[];
  opens: number[];
}

export interface ScaleResults {
  empty?: Series;
  floor?: Series;
  big?: Series;
  webhookSmall?: { ours: number[]; floor: number[] };
  webhookBig?: { ours: number[]; floor: number[] };
  seedMs?: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (n: number) => `${n.toFixed(0)} ms`;
const list = (values: number[]) => `[${values.map((v) => v.toFixed(0)).join(', ')}]`;

function ratioLine(name: string, value: number, floor: number, goal: string, met: boolean) {
  console.log(
    `  ${name.padEnd(28)} median ${ms(value).padStart(7)}   floor ${ms(floor).padStart(7)}   ×floor ${(value / Math.max(1, floor)).toFixed(2)}   goal ${goal}: ${met ? 'met' : 'not met'}`,
  );
}

export function printScaleReport(r: ScaleResults): void {
  if (r.seedMs !== undefined) console.log(`  seeded in ${ms(r.seedMs)}`);
  if (r.big && r.empty) {
    const [paint, floor] = [median(r.big.paints), median(r.empty.paints)];
    ratioLine('first inbox paint', paint, floor, '≤ 1.3× floor', paint <= 1.3 * Math.max(1, floor));
  }
  if (r.big && r.floor) {
    const [open, floor] = [median(r.big.opens), median(r.floor.opens)];
    ratioLine('thread open (5,000 messages)', open, floor, '< 100 ms', open < 100);
  }
  for (const [label, w] of [
    ['webhook → panel, large copy', r.webhookBig],
    ['webhook → panel, small copy', r.webhookSmall],
  ] as const) {
    if (!w || w.ours.length === 0) continue;
    const [ours, floor] = [median(w.ours), median(w.floor)];
    ratioLine(label, ours, floor, '≤ 1.3× floor', ours <= 1.3 * Math.max(1, floor));
  }
  if (r.big) console.log(`  runs (large copy): paint ${list(r.big.paints)}  open ${list(r.big.opens)}`);
  if (r.empty) console.log(`  floor: empty inbox paint ${ms(median(r.empty.paints))} ${list(r.empty.paints)}`);
  if (r.floor)
    console.log(
      `  floor: 1-message thread open ${ms(median(r.floor.opens))} ${list(r.floor.opens)} (same large copy; its inbox paints ${list(r.floor.paints)})`,
    );
}
