/** Offers content as a file download in the browser (an object URL and a temporary link). */
export function saveFile(name: string, type: string, content: string | Uint8Array): void {
  const blob = new Blob([content as string | Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
