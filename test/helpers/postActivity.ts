/** POSTs an activity to a bot's /api/messages like Teams does; returns the status and the parsed body. */
export async function postActivity(botUrl: string, activity: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* plain text body */
  }
  return { status: res.status, body };
}
