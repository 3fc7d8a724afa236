/*
 * Compose-window checks of the OCMW referral add-in: warns while the recipients change and holds the send when
 * a referral archive would leave for a mailbox outside the protocols, or a recipient looks like an OCMW mailbox
 * without being one.
 *
 * One self-contained file on purpose: classic Outlook for Windows runs it in a JavaScript-only runtime that allows
 * no imports and never runs Office.onReady. Syntax stays within ES2017 (no optional chaining, no object spread,
 * no Promise.prototype.finally). The rules live on the host (Core's RecipientPolicy, POST /api/recipients/screen);
 * this file only decides what to do when the host answers, and when it does not.
 */
(function () {
  "use strict";

  // Replaced with the host's origin when the host serves this file: a JS-only runtime cannot fetch relative URLs.
  var HOST_ORIGIN = "__OCMW_ADDIN_ORIGIN__";
  // Outlook shows "taking longer than expected" after 5 s; a handler should be done well under 1 s.
  var TIMEOUT_MS = 800;
  var ARCHIVE_NAME = /^doorverwijzing-[^\\/]*\.7z$/i;
  var CACHE_KEY = "ocmwDirectory";
  var NOTE_LOOKALIKE = "ocmwLookalike";
  var NOTE_ARCHIVE = "ocmwArchive";
  var NOTE_ICON = "Icon.16x16";
  var PANE_BUTTON_ID = "ocmwReferralComposeButton";
  var PANE_BUTTON_LABEL = "Doorverwijzen naar OCMW";
  var memoryCache = null;

  function hostOrigin() {
    if (HOST_ORIGIN.indexOf("__") !== 0) {
      return HOST_ORIGIN;
    }
    return typeof location !== "undefined" && location.origin ? location.origin : "";
  }

  function normalise(address) {
    return String(address || "").trim().toLowerCase();
  }

  function clip(text, max) {
    return text.length <= max ? text : text.slice(0, max - 1) + "\u2026";
  }

  // Office's callback style as a promise.
  function officeCall(target, method, args) {
    return new Promise(function (resolve, reject) {
      target[method].apply(target, (args || []).concat([function (result) {
        if (result && result.status === "failed") {
          reject(result.error || new Error(method + " failed"));
        } else {
          resolve(result ? result.value : undefined);
        }
      }]));
    });
  }

  // Never trust the event payload: it misses address-book picks and in-place edits. Read To, Cc and Bcc again.
  // Addresses go to the host as typed (only trimmed): case can matter to the lookalike check (a capital I for an l).
  function readRecipients(item) {
    var fields = [item.to, item.cc, item.bcc].filter(function (field) { return field && field.getAsync; });
    return Promise.all(fields.map(function (field) { return officeCall(field, "getAsync"); })).then(function (lists) {
      var seen = {};
      var addresses = [];
      lists.forEach(function (list) {
        (list || []).forEach(function (recipient) {
          var address = String(recipient && recipient.emailAddress || "").trim();
          var key = normalise(address);
          if (key && !seen[key]) {
            seen[key] = true;
            addresses.push(address);
          }
        });
      });
      return addresses;
    });
  }

  function hasReferralArchive(item) {
    if (!item.getAttachmentsAsync) {
      return Promise.resolve(false);
    }
    return officeCall(item, "getAttachmentsAsync").then(function (attachments) {
      return (attachments || []).some(function (attachment) { return ARCHIVE_NAME.test(String(attachment.name || "")); });
    });
  }

  // fetch with a hard deadline: the race settles even when fetch ignores the abort signal.
  function fetchWithTimeout(url, init) {
    var controller = typeof AbortController !== "undefined" ? new AbortController() : null;
    var timer;
    var deadline = new Promise(function (resolve, reject) {
      timer = setTimeout(function () {
        if (controller) {
          controller.abort();
        }
        reject(new Error("timeout"));
      }, TIMEOUT_MS);
    });
    var options = Object.assign({}, init, controller ? { signal: controller.signal } : {});
    return Promise.race([fetch(url, options), deadline]).then(
      function (response) { clearTimeout(timer); return response; },
      function (error) { clearTimeout(timer); throw error; });
  }

  function screen(addresses) {
    return fetchWithTimeout(hostOrigin() + "/api/recipients/screen", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ recipients: addresses })
    }).then(function (response) {
      if (!response.ok) {
        throw new Error("screening answered " + response.status);
      }
      return response.json();
    }).then(function (body) {
      var byAddress = {};
      (body && body.results || []).forEach(function (result) { byAddress[normalise(result.address)] = result; });
      return byAddress;
    });
  }

  function loadCache() {
    if (memoryCache) {
      return memoryCache;
    }
    var raw = null;
    try {
      if (typeof localStorage !== "undefined") {
        raw = localStorage.getItem(CACHE_KEY);
      }
      var roaming = Office.context && Office.context.roamingSettings;
      if (!raw && roaming) {
        raw = roaming.get(CACHE_KEY) || null;
      }
      memoryCache = raw ? JSON.parse(raw) : null;
    } catch (error) {
      memoryCache = null;
    }
    return memoryCache;
  }

  function saveCache(cache) {
    memoryCache = cache;
    var raw = JSON.stringify(cache);
    try {
      if (typeof localStorage !== "undefined") {
        localStorage.setItem(CACHE_KEY, raw);
      }
      var roaming = Office.context && Office.context.roamingSettings;
      if (roaming) {
        roaming.set(CACHE_KEY, raw);
        roaming.saveAsync(function () {});
      }
    } catch (error) {
      // The in-memory copy is enough for this session.
    }
  }

  // Keeps only what the offline decision needs: the agreed mailboxes of protocols in force.
  function refreshDirectory() {
    var cached = loadCache();
    var headers = cached && cached.etag ? { "If-None-Match": cached.etag } : {};
    return fetchWithTimeout(hostOrigin() + "/api/directory", { headers: headers }).then(function (response) {
      if (response.status === 304 && cached) {
        return cached;
      }
      if (!response.ok) {
        throw new Error("directory answered " + response.status);
      }
      return response.json().then(function (directory) {
        var mailboxes = [];
        (directory && directory.ocmws || []).forEach(function (ocmw) {
          if (ocmw.status === "inForce") {
            (ocmw.mailboxes || []).forEach(function (mailbox) { mailboxes.push(normalise(mailbox)); });
          }
        });
        var fresh = { etag: response.headers.get("ETag"), mailboxes: mailboxes };
        saveCache(fresh);
        return fresh;
      });
    }).catch(function () { return loadCache(); });
  }

  /*
   * What is wrong with the message, if anything:
   * - lookalikes: recipients the policy does not allow (in the Mail context: lookalikes of an OCMW mailbox);
   * - strangers: with a referral archive attached, recipients that are not an agreed OCMW mailbox;
   * - unchecked: the host was unreachable, an archive is attached and the cached directory cannot vouch for everyone.
   */
  function assess(item) {
    return Promise.all([readRecipients(item), hasReferralArchive(item)]).then(function (read) {
      var addresses = read[0];
      var archive = read[1];
      var none = { archive: archive, lookalikes: [], strangers: [], unchecked: false };
      if (addresses.length === 0) {
        return none;
      }
      var directory = refreshDirectory();
      return screen(addresses).then(function (results) {
        addresses.forEach(function (address) {
          var result = results[normalise(address)];
          if (result && result.verdict !== "allowed") {
            none.lookalikes.push({ address: address, verdict: result.verdict, message: result.message, suggestion: result.suggestion });
          }
          if (archive && !(result && result.allowedMailbox)) {
            none.strangers.push(address);
          }
        });
        return none;
      }, function () {
        if (!archive) {
          return none;
        }
        return directory.then(function (cache) {
          var known = cache && cache.mailboxes ? cache.mailboxes : [];
          none.strangers = addresses.filter(function (address) { return known.indexOf(normalise(address)) < 0; });
          none.unchecked = none.strangers.length > 0;
          none.cached = known.length > 0;
          return none;
        });
      });
    });
  }

  function describeLookalike(lookalike) {
    return lookalike.suggestion
      ? lookalike.address + " lijkt op de OCMW-mailbox " + lookalike.suggestion + ", maar is het niet."
      : lookalike.address + ": " + lookalike.message;
  }

  function showOrRemove(item, key, text) {
    var messages = item.notificationMessages;
    if (!text) {
      return officeCall(messages, "removeAsync", [key]).catch(function () {});
    }
    var details = { type: "informationalMessage", message: clip(text, 150), icon: NOTE_ICON, persistent: false };
    var method = messages.replaceAsync ? "replaceAsync" : "addAsync";
    return officeCall(messages, method, [key, details]).catch(function () {});
  }

  function onMessageRecipientsChangedHandler(event) {
    var item = Office.context.mailbox.item;
    assess(item).then(function (found) {
      var lookalike = found.lookalikes.length ? "Let op: " + describeLookalike(found.lookalikes[0]) : null;
      var archive = found.unchecked
        ? "Doorverwijzing in bijlage: de ontvangers konden nu niet gecontroleerd worden."
        : found.strangers.length
          ? "Doorverwijzing in bijlage: " + found.strangers[0] + " is geen afgesproken OCMW-mailbox."
          : null;
      return Promise.all([showOrRemove(item, NOTE_LOOKALIKE, lookalike), showOrRemove(item, NOTE_ARCHIVE, archive)]);
    }).catch(function (error) {
      console.log("OCMW recipients check failed: " + (error && error.message));
    }).then(function () { event.completed(); });
  }

  function block(event, message, promptOnly) {
    var options = {
      allowEvent: false,
      errorMessage: clip(message, 500),
      cancelLabel: PANE_BUTTON_LABEL,
      commandId: PANE_BUTTON_ID
    };
    if (promptOnly) {
      var modes = Office.MailboxEnums && Office.MailboxEnums.SendModeOverride;
      options.sendModeOverride = modes ? modes.PromptUser : "promptUser";
    }
    event.completed(options);
  }

  function onMessageSendHandler(event) {
    var item = Office.context.mailbox.item;
    assess(item).then(function (found) {
      if (found.unchecked) {
        block(event, "Deze mail bevat een doorverwijzing, maar de ontvangers konden nu niet gecontroleerd worden " +
          "(de OCMW-dienst is niet bereikbaar)." +
          (found.cached ? " Volgens de laatst bekende lijst is " + found.strangers.join(", ") + " geen afgesproken OCMW-mailbox." : "") +
          " Een doorverwijzing mag alleen naar de afgesproken OCMW-mailbox. " +
          "Probeer het zo dadelijk opnieuw of gebruik '" + PANE_BUTTON_LABEL + "'.");
      } else if (found.strangers.length) {
        block(event, "Deze mail bevat een doorverwijzing (doorverwijzing-\u2026.7z) voor " + found.strangers.join(", ") +
          ". Dat is geen afgesproken OCMW-mailbox: een doorverwijzing mag alleen naar de mailbox uit het protocol. " +
          "Verwijder die ontvanger of gebruik '" + PANE_BUTTON_LABEL + "'.");
      } else if (found.lookalikes.length) {
        var onlyWarnings = found.lookalikes.every(function (lookalike) { return lookalike.verdict === "warning"; });
        block(event, "Controleer de ontvangers: " + found.lookalikes.map(describeLookalike).join(" ") +
          " Een doorverwijzing verstuurt u met '" + PANE_BUTTON_LABEL + "'.", onlyWarnings);
      } else {
        event.completed({ allowEvent: true });
      }
    }, function (error) {
      // The item could not be read: this check is a guard, not the only gate, so the mail goes through.
      console.log("OCMW send check failed: " + (error && error.message));
      event.completed({ allowEvent: true });
    });
  }

  if (typeof Office !== "undefined" && Office.actions && Office.actions.associate) {
    Office.actions.associate("onMessageRecipientsChangedHandler", onMessageRecipientsChangedHandler);
    Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
  }
})();
