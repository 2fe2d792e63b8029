/**
 * How much key-derivation work one .p12 file may ask for, across its MAC and all its encrypted parts. A .p12 names
 * its own round counts, so a hostile or broken one could ask for minutes of work; real files from OpenSSL, Windows,
 * Java and macOS use 2,048 to 10,000 rounds per part (a few parts, so under 100,000 in all). Work is counted in
 * hash rounds (rounds x output blocks) and refused before it starts, so such a file is answered at once.
 */

/** Total hash rounds per file: about 1 s of work on a slow machine, ten times what real files need. */
export const P12_WORK_BUDGET = 400_000;

/** Real salts are 8 to 32 bytes; a longer one only makes each derivation slower (and the loop block longer). */
export const MAX_SALT_BYTES = 256;

/** Thrown inside the .p12 reader (never out of it) when a file asks for more than its budget. */
export class TooMuchWork extends Error {}

export class WorkBudget {
  private left: number;

  constructor(total: number = P12_WORK_BUDGET) {
    this.left = total;
  }

  /** Takes `rounds` from the budget, or throws TooMuchWork (before any of that work is done). */
  spend(rounds: number): void {
    if (!Number.isFinite(rounds) || rounds < 0 || rounds > this.left) throw new TooMuchWork('budget');
    this.left -= rounds;
  }
}
