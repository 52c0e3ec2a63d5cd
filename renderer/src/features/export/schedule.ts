/**
 * Keeps a long PDF render from freezing the window: work runs in short synchronous chunks with
 * a macrotask yield between them, reports progress, and stops promptly when cancelled.
 */

export interface RenderHooks {
  /** Fraction 0–1 and a short label of what is being drawn, for a progress bar. */
  readonly onProgress?: (fraction: number, label: string) => void;
  readonly signal?: AbortSignal;
  /** Length in ms of each synchronous chunk between yields (for benchmarks). */
  readonly onChunk?: (ms: number, label: string) => void;
  /** Yield once a chunk has run this long; smaller keeps the UI smoother. */
  readonly chunkBudgetMs?: number;
}

const DEFAULT_BUDGET_MS = 25;

const now = (): number => performance.now();

export class Scheduler {
  private chunkStart = now();
  private label = 'Starting';
  private readonly budget: number;

  constructor(private readonly hooks: RenderHooks = {}) {
    this.budget = hooks.chunkBudgetMs ?? DEFAULT_BUDGET_MS;
  }

  /** Throws the abort reason (an AbortError by default) if the export was cancelled. */
  checkAborted(): void {
    this.hooks.signal?.throwIfAborted();
  }

  /** Marks a new stage: reports progress and always yields. */
  async stage(fraction: number, label: string): Promise<void> {
    await this.yieldNow();
    this.label = label;
    this.hooks.onProgress?.(Math.max(0, Math.min(1, fraction)), label);
  }

  /** Yields only when the current chunk has used its budget; call between small units of work. */
  async maybeYield(): Promise<void> {
    if (now() - this.chunkStart >= this.budget) await this.yieldNow();
  }

  /** Ends the current chunk and reports its length. Call once the work is done. */
  finish(): void {
    this.hooks.onChunk?.(now() - this.chunkStart, this.label);
    this.chunkStart = now();
  }

  private async yieldNow(): Promise<void> {
    this.finish();
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.chunkStart = now();
    this.checkAborted();
  }
}
