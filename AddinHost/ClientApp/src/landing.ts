import "./styles/fluent.css";
import { t } from "./i18n/nl-BE";

const main = document.getElementById("app")!;
const h1 = Object.assign(document.createElement("h1"), { textContent: t.landing.title });
const p = Object.assign(document.createElement("p"), { textContent: t.landing.body });
const ul = document.createElement("ul");
for (const [href, text] of [["/taskpane.html", t.landing.taskpane], ["/admin.html", t.landing.admin]]) {
  const li = document.createElement("li");
  li.append(Object.assign(document.createElement("a"), { href, textContent: text }));
  ul.append(li);
}
main.append(h1, p, ul);
