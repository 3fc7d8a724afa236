import { apiRaw } from "../api/client";

/**
 * A plain link cannot carry the bearer token (or the development headers), so the export is fetched through
 * the API client and handed to the browser as a file.
 */
export async function downloadCsv(path: string): Promise<void> {
  const r = await apiRaw(path, { headers: { Accept: "text/csv" } }).catch(() => null);
  if (!r || !r.ok) return;
  // The bytes as the host sent them: r.text() would decode and drop the UTF-8 BOM Excel needs to read UTF-8.
  const blob = new Blob([await r.arrayBuffer()], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement("a"), { href: url, download: "toestemmingsregister.csv" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
