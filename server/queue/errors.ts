// What a job handler throws to tell the queue more than "this attempt failed".

/** The job can never succeed (bad payload, the thing it works on is gone): failed at once, no retries. */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}

/** This process no longer holds the job (its lease expired and another took it, or it was cancelled). */
export class LeaseLostError extends Error {
  constructor(readonly jobId: number) {
    super(`job ${jobId} is no longer leased by this process`);
    this.name = 'LeaseLostError';
  }
}
