/** Copies text; false when the browser refuses (no permission, insecure context, sandbox). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
