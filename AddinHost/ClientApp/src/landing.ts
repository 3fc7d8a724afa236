import "./styles/fluent.css";
import { t } from "./i18n/nl-BE";

const main = document.getElementById("app")!;
const h1 = Object.assign(document.createElement("h1"), { textContent: t.landing.title });
const p = Object.assign(document.createElement("p"), { textContent: t.landing.body });
const ul = document.createElement("ul");
// Development sign-in: each page opened with the roles it needs (ignored under Entra ID, where the token's roles count).
const links = [
  ["/taskpane.html", t.landing.taskpane],
  ["/admin.html?devUser=an@opgroeien.be&devRoles=Referral.Admin,Referral.Dpo", t.landing.admin],
  ["/admin.html?devUser=piet@opgroeien.be&devRoles=Referral.Admin", t.landing.secondAdmin],
  ["/admin.html?devUser=dpo@opgroeien.be&devRoles=Referral.Dpo", t.landing.dpo],
];
for (const [href, text] of links) {
  const li = document.createElement("li");
  li.append(Object.assign(document.createElement("a"), { href, textContent: text }));
  ul.append(li);
}
const note = Object.assign(document.createElement("p"), { textContent: t.landing.devNote, className: "hint" });
main.append(h1, p, ul, note);
