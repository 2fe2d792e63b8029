/**
 * The bench's closing note: each part notes its headline ratios with their goals as it measures them, and run.ts
 * prints them together at the end, so the figures that matter are in one place at the bottom of the output.
 */
const notes: string[] = [];

/** Notes a median ratio against its goal (ratio <= goal is met). */
export function noteRatio(what: string, ratio: number, goal: number): void {
  notes.push(`${what}: ${ratio.toFixed(2)} (goal <= ${goal}: ${ratio <= goal ? 'met' : 'NOT met'})`);
}

/** The closing note's lines, in the order they were noted. */
export function closingNote(): readonly string[] {
  return notes;
}
