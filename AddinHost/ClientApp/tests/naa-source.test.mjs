// src/auth/naa-source.ts, compiled alone by Tests/AddinHost.Tests/ClientApp/NaaSourceTests (tsc into tests/out/):
// nested app authentication falls back to the Office dialog when MSAL's popup cannot open (popup_window_error).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { naaSource } from "./out/naa-source.js";

const interactionRequired = Object.assign(new Error("login required"), { name: "InteractionRequiredAuthError", errorCode: "login_required" });
const popupBlocked = Object.assign(new Error("Error opening popup window."), { name: "BrowserAuthError", errorCode: "popup_window_error" });
const needsInteraction = (error) => error === interactionRequired;

function fakePca({ silent, popup }) {
  const calls = [];
  return {
    calls,
    acquireTokenSilent: async (request) => (calls.push(["silent", request]), silent()),
    acquireTokenPopup: async (request) => (calls.push(["popup", request]), popup()),
  };
}

function fakeDialog() {
  const dialog = { created: 0, asked: [], renewed: 0 };
  dialog.create = () => {
    dialog.created++;
    return {
      interactive: true,
      headers: async (claims) => (dialog.asked.push(claims), { Authorization: "Bearer dialog-token" }),
      renew: () => dialog.renewed++,
    };
  };
  return dialog;
}

describe("nested app authentication", () => {
  it("uses the silent token when there is one, and never the dialog", async () => {
    const pca = fakePca({ silent: () => ({ accessToken: "silent" }), popup: () => assert.fail("no popup") });
    const dialog = fakeDialog();
    const source = naaSource(pca, ["api://x/access_as_user"], needsInteraction, dialog.create);
    assert.deepEqual(await source.headers(), { Authorization: "Bearer silent" });
    assert.equal(dialog.created, 0);
  });

  it("asks with the popup when interaction is required", async () => {
    const pca = fakePca({ silent: () => { throw interactionRequired; }, popup: () => ({ accessToken: "popup" }) });
    const dialog = fakeDialog();
    assert.deepEqual(await naaSource(pca, ["s"], needsInteraction, dialog.create).headers(), { Authorization: "Bearer popup" });
    assert.equal(dialog.created, 0);
  });

  it("falls back to the Office dialog when the popup fails with popup_window_error, and stays there", async () => {
    const pca = fakePca({ silent: () => { throw interactionRequired; }, popup: () => { throw popupBlocked; } });
    const dialog = fakeDialog();
    const source = naaSource(pca, ["s"], needsInteraction, dialog.create);
    assert.deepEqual(await source.headers(), { Authorization: "Bearer dialog-token" });
    assert.deepEqual(await source.headers(), { Authorization: "Bearer dialog-token" });
    assert.equal(dialog.created, 1, "one dialog source, shared by later requests");
    assert.equal(pca.calls.filter(([kind]) => kind === "popup").length, 1, "the popup is not tried again");
    source.renew();
    assert.equal(dialog.renewed, 1, "a token the host refused is dropped from the dialog's cache");
  });

  it("passes a challenge's claims to the dialog when the popup cannot open", async () => {
    const pca = fakePca({ silent: () => assert.fail("a challenge goes straight to interaction"), popup: () => { throw popupBlocked; } });
    const dialog = fakeDialog();
    await naaSource(pca, ["s"], needsInteraction, dialog.create).headers('{"access_token":{"acrs":{"essential":true}}}');
    assert.deepEqual(dialog.asked, ['{"access_token":{"acrs":{"essential":true}}}']);
  });

  it("does not hide other popup failures behind a dialog", async () => {
    const cancelled = Object.assign(new Error("cancelled"), { errorCode: "user_cancelled" });
    const pca = fakePca({ silent: () => { throw interactionRequired; }, popup: () => { throw cancelled; } });
    const dialog = fakeDialog();
    await assert.rejects(naaSource(pca, ["s"], needsInteraction, dialog.create).headers(), cancelled);
    assert.equal(dialog.created, 0);
  });
});
