/**
 * Readiness: each dependency checked on request, with a short timeout, and the failing ones
 * named so an operator (or an orchestrator) knows what to look at.
 */
export type ReadinessCheck = () => Promise<void>;

export interface ReadinessReport {
  readonly ready: boolean;
  /** `ok`, `off` (not configured), or what went wrong. */
  readonly checks: Record<string, string>;
}

export async function checkReadiness(
  checks: Record<string, ReadinessCheck | 'off'>,
  timeoutMs = 2000,
): Promise<ReadinessReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      if (check === 'off') return [name, 'off'] as const;
      try {
        await Promise.race([
          check(),
          new Promise((_, reject) =>
            setTimeout(
              () => reject(new Error(`timed out after ${timeoutMs} ms`)),
              timeoutMs,
            ).unref(),
          ),
        ]);
        return [name, 'ok'] as const;
      } catch (error) {
        return [
          name,
          `failing: ${error instanceof Error ? error.message : String(error)}`,
        ] as const;
      }
    }),
  );
  const report = Object.fromEntries(entries);
  return {
    ready: entries.every(([, status]) => status === 'ok' || status === 'off'),
    checks: report,
  };
}
