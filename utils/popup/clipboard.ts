// The clipboard, with a plain answer: copied, or why not (the browser may refuse it).

export type CopyResult = { ok: true } | { ok: false; error: string };

export async function copyToClipboard(text: string): Promise<CopyResult> {
  try {
    if (!navigator.clipboard) return { ok: false, error: 'no clipboard in this context' };
    await navigator.clipboard.writeText(text);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message || error.name : String(error) };
  }
}
