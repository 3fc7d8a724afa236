import "./styles/fluent.css";
import { t } from "./i18n/nl-BE";
import type { ClientConfig } from "./api/types";
import { devSignInLinks } from "./auth/dev-sign-in";

const main = document.getElementById("app")!;
const element = (tag: string, props: Record<string, string>) => Object.assign(document.createElement(tag), props);

/**
 * The host says how it signs people in: in Development the links sign in as a worker, an administrator or a DPO (a
 * plain "Beheer" link would open a page that refuses the newcomer); under Entra ID the real roles count, so plain links.
 */
async function render() {
  // Fetched directly: the API client would bring the Office adapter into a page that never runs in Outlook.
  const development = await fetch("/api/client-config", { headers: { Accept: "application/json" } })
    .then((r) => (r.ok ? (r.json() as Promise<ClientConfig>) : null))
    .then((c) => c?.authMode === "Development", () => false);
  const links = development ? devSignInLinks : ([["/admin.html", t.landing.adminEntra]] as const);
  const ul = document.createElement("ul");
  for (const [href, text] of links) {
    const li = document.createElement("li");
    li.append(element("a", { href, textContent: text }));
    ul.append(li);
  }
  main.append(element("h1", { textContent: t.landing.title }), element("p", { textContent: development ? t.landing.body : t.landing.bodyEntra }), ul);
  if (development) main.append(element("p", { textContent: t.landing.devNote, className: "hint" }));
  main.dataset.ready = "true";
}

void render();
