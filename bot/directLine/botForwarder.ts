/** Outcome of handing one activity to the bot. */
export type ForwardResult = { ok: true } | { ok: false; reason: 'unreachable' | 'timeout' | 'refused'; status?: number };

/**
 * Posts one activity to the bot's `/api/messages`, as the Direct Line service would. The bot answers after its turn
 * ends; its replies arrive separately through the connector routes. Never throws: a failure is a result the caller
 * turns into a 502 for the page.
 */
export async function forwardToBot(url: string, activity: Record<string, unknown>, timeoutMs: number): Promise<ForwardResult> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Drain the body so the connection is reused; its content (an invoke response at most) is not needed here.
    await response.arrayBuffer();
    return response.ok ? { ok: true } : { ok: false, reason: 'refused', status: response.status };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { ok: false, reason: timedOut ? 'timeout' : 'unreachable' };
  }
}
