import { t } from "../i18n/nl-BE";

export function Pager({ page, total, pageSize, onPage }: { page: number; total: number; pageSize: number; onPage: (p: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  return (
    <nav class="actions" aria-label={t.admin.page(page, pages)}>
      <button type="button" class="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t.admin.previous}
      </button>
      <span>{t.admin.page(page, pages)}</span>
      <button type="button" class="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t.admin.next}
      </button>
    </nav>
  );
}
