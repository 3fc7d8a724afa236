// The administrator's guide (Manifest/README.md) says what holds, with Microsoft's sources: the statements it once got
// wrong stay corrected, and its per-client table lists every client profile the tests run.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, it } from "node:test";
import { PROFILES } from "./support/profiles.mjs";

const guide = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const section = (title) => guide.slice(guide.indexOf(title), guide.indexOf("\n## ", guide.indexOf(title) + 1));

describe("Manifest/README.md", () => {
  it("does not claim that alternateIcons make the admin center generate an XML manifest", () => {
    assert.doesNotMatch(guide, /alternateIcons`? let the admin center generate/i);
    assert.match(guide, /does not make the admin center\s+generate an XML manifest/);
  });

  it("says a changed manifest needs the administrator's renewed consent, with Microsoft's page", () => {
    const deploy = section("## 3. Deploy the manifest centrally");
    assert.doesNotMatch(deploy, /upload the manifest again; the admin center shows the\s+new version to users/);
    assert.match(deploy, /consent/);
    assert.match(deploy, /blocked/);
    assert.match(guide, /\[consent\]: https:\/\/learn\.microsoft\.com\/office\/dev\/add-ins\/publish\/publish-nested-app-auth-add-in/);
  });

  it("does not promise Send anyway when the site is down: classic Outlook blocks (office-js #5676), and says what to do", () => {
    const clients = section("## 4. What each Outlook client does");
    assert.doesNotMatch(clients, /`SoftBlock` lets the user \*\*Send anyway\*\*/);
    assert.match(clients, /https:\/\/github\.com\/OfficeDev\/office-js\/issues\/5676/);
    assert.match(clients, /\*\*not\*\* guaranteed/);
    assert.match(clients, /What the administrator should do/);
  });

  it("has a per-client table with a row for every tested profile, each citing its Microsoft source", () => {
    const clients = section("## 4. What each Outlook client does");
    const table = clients.slice(clients.indexOf("| client (Mailbox) |"));
    const rows = table.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| client") && !line.startsWith("|---"));
    const labels = { "classic-2206": "2206-2303", "classic-2304": "2304-2401", "classic-current": "classic Outlook on Windows, current",
      "new-outlook": "new Outlook on Windows", web: "Outlook on the web", mac: "Outlook on Mac", mobile: "Outlook on iOS and Android" };
    for (const profile of PROFILES) {
      const row = rows.find((r) => r.includes(labels[profile.id]));
      assert.ok(row, `no row for ${profile.name}`);
      assert.ok(row.includes(`(${profile.mailbox}`) || row.includes(profile.mailbox), `${profile.name}: the row names Mailbox ${profile.mailbox}: ${row}`);
      assert.match(row.split("|").at(-2), /\]\[/, `${profile.name}: the row cites its source`);
    }
  });
});
