/*
 * Compose-window checks of the OCMW referral add-in: warns while the recipients change and holds the send when
 * a referral archive would leave for a mailbox outside the protocols, or a recipient looks like an OCMW mailbox
 * without being one. Covers mails (OnMessageSend) and meeting invites (OnAppointmentSend).
 *
 * One self-contained file on purpose: classic Outlook for Windows runs it in a JavaScript-only runtime that allows
 * no imports, has no DOM and no localStorage, and never runs Office.onReady. Syntax stays within ES2016 (no
 * async/await, no optional chaining, no object spread, no Promise.prototype.finally). The rules live on the host
 * (Core's RecipientPolicy, POST /api/recipients/screen); this file only decides what to do when the host answers,
 * and when it does not.
 */
(function () {
  "use strict";

  // Replaced with the host's origin when the host serves this file: a JS-only runtime cannot fetch relative URLs.
  var HOST_ORIGIN = "__OCMW_ADDIN_ORIGIN__";
  // Outlook shows "taking longer than expected" after 5 s. A cold TLS connection plus a CORS preflight can take more
  // than a second, so the host gets 3 s in all; after that the cached directory decides.
  var BUDGET_MS = 3000;
  var ARCHIVE_NAME = /^doorverwijzing-[^\\/]*\.7z$/i;
  // The archive's name inside an attached message (MIME name= or filename=, RFC 2231 form included).
  var ARCHIVE_IN_MESSAGE = /name\*?=\s*(?:"|[A-Za-z0-9_-]*'[A-Za-z-]*')?doorverwijzing-[^"\\\/\r\n;]*\.7z/i;
  // A contact group named like an OCMW's social service is not that mailbox, whatever its members.
  var OCMW_LIKE_NAME = /ocmw|cpas|sociale?\s*dienst|socialedienst|sociaal\s*huis/i;
  var CACHE_KEY = "ocmwDirectory";
  var NOTE_LOOKALIKE = "ocmwLookalike";
  var NOTE_ARCHIVE = "ocmwArchive";
  var NOTE_ICON = "Icon.16x16";
  var PANE_BUTTON_ID = "ocmwReferralComposeButton";
  var PANE_BUTTON_LABEL = "Doorverwijzen naar OCMW";
  // Smart Alerts allow at most 20 characters on the dialog's button; it opens the task pane.
  var CANCEL_LABEL = "Veilig doorverwijzen";
  var MAX_ALERT = 500;
  var MAX_NOTE = 150;
  var memoryCache = null;

  function hostOrigin() {
    if (HOST_ORIGIN.indexOf("__") !== 0) {
      return HOST_ORIGIN;
    }
    return typeof location !== "undefined" && location.origin ? location.origin : "";
  }

  function now() {
    return Date.now();
  }

  function normalise(address) {
    return String(address || "").trim().toLowerCase();
  }

  function clip(text, max) {
    return text.length <= max ? text : text.slice(0, max - 1) + "\u2026";
  }

  function supports(version) {
    try {
      return !!(Office.context.requirements && Office.context.requirements.isSetSupported("Mailbox", version));
    } catch (error) {
      return false;
    }
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

  /*
   * Never trust the event payload: it misses address-book picks and in-place edits. Read every recipient field
   * again (To/Cc/Bcc of a mail, required and optional attendees of a meeting). Addresses go to the host as typed
   * (only trimmed): case can matter to the lookalike check (a capital I for an l). A contact group often has no
   * address at all, and its members cannot be checked from here: it is kept apart.
   */
  function readRecipients(item) {
    var fields = [item.to, item.cc, item.bcc, item.requiredAttendees, item.optionalAttendees]
      .filter(function (field) { return field && field.getAsync; });
    return Promise.all(fields.map(function (field) { return officeCall(field, "getAsync"); })).then(function (lists) {
      var seen = {};
      var read = { addresses: [], groups: [] };
      lists.forEach(function (list) {
        (list || []).forEach(function (recipient) {
          var address = String(recipient && recipient.emailAddress || "").trim();
          var key = normalise(address);
          if (recipient && recipient.recipientType === "distributionList") {
            var name = String(recipient.displayName || address || "contactgroep").trim();
            if (!seen["group:" + name.toLowerCase()]) {
              seen["group:" + name.toLowerCase()] = true;
              read.groups.push({ name: name, address: address });
            }
          }
          if (key && !seen[key]) {
            seen[key] = true;
            read.addresses.push(address);
          }
        });
      });
      return read;
    });
  }

  // An attached message (a forward "as attachment") may carry the archive inside it: read its MIME text.
  function messageCarriesArchive(item, attachment) {
    if (!item.getAttachmentContentAsync) {
      return Promise.reject(new Error("getAttachmentContentAsync is not available"));
    }
    return officeCall(item, "getAttachmentContentAsync", [attachment.id]).then(function (content) {
      return ARCHIVE_IN_MESSAGE.test(String(content && content.content || ""));
    });
  }

  /** archive: a referral archive is attached; uncertain: an attached message could not be read. */
  function inspectAttachments(item) {
    if (!item.getAttachmentsAsync) {
      return Promise.resolve({ archive: false, uncertain: false });
    }
    return officeCall(item, "getAttachmentsAsync").then(function (attachments) {
      var list = attachments || [];
      var direct = list.some(function (attachment) { return ARCHIVE_NAME.test(String(attachment.name || "")); });
      var messages = list.filter(function (attachment) { return attachment.attachmentType === "item"; });
      if (direct || messages.length === 0) {
        return { archive: direct, uncertain: false };
      }
      return Promise.all(messages.map(function (attachment) {
        return messageCarriesArchive(item, attachment).then(
          function (found) { return found ? "archive" : "clean"; },
          function () { return "unknown"; });
      })).then(function (verdicts) {
        return { archive: verdicts.indexOf("archive") >= 0, uncertain: verdicts.indexOf("unknown") >= 0 };
      });
    });
  }

  // XMLHttpRequest, for runtimes where fetch is missing or fails at the network level (office-js #5907).
  function viaXhr(url, init, aborters) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      aborters.push(function () { xhr.abort(); });
      xhr.open(init.method || "GET", url, true);
      var headers = init.headers || {};
      Object.keys(headers).forEach(function (name) { xhr.setRequestHeader(name, headers[name]); });
      xhr.onload = function () {
        var text = xhr.responseText;
        resolve({
          ok: xhr.status >= 200 && xhr.status < 300,
          status: xhr.status,
          json: function () { return Promise.resolve(JSON.parse(text)); }
        });
      };
      xhr.onerror = function () { reject(new Error("XMLHttpRequest failed")); };
      xhr.onabort = xhr.onerror;
      xhr.send(init.body === undefined ? null : init.body);
    });
  }

  // One request with a hard deadline: the race settles even when fetch or XHR ignore being aborted.
  function request(url, init, deadline) {
    var aborters = [];
    var attempt;
    if (typeof fetch === "function") {
      var controller = typeof AbortController !== "undefined" ? new AbortController() : null;
      if (controller) {
        aborters.push(function () { controller.abort(); });
      }
      attempt = fetch(url, Object.assign({}, init, controller ? { signal: controller.signal } : {}));
      if (typeof XMLHttpRequest !== "undefined") {
        attempt = attempt.catch(function () { return viaXhr(url, init, aborters); });
      }
    } else if (typeof XMLHttpRequest !== "undefined") {
      attempt = viaXhr(url, init, aborters);
    } else {
      return Promise.reject(new Error("no HTTP client in this runtime"));
    }
    var timer;
    var expiry = new Promise(function (resolve, reject) {
      timer = setTimeout(function () {
        aborters.forEach(function (abort) { try { abort(); } catch (error) { /* already settled */ } });
        reject(new Error("timeout"));
      }, Math.max(0, deadline - now()));
    });
    return Promise.race([attempt, expiry]).then(
      function (response) { clearTimeout(timer); return response; },
      function (error) { clearTimeout(timer); throw error; });
  }

  function screen(addresses, deadline) {
    return request(hostOrigin() + "/api/recipients/screen", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ recipients: addresses })
    }, deadline).then(function (response) {
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

  /*
   * Keeps only what the offline decision needs: the agreed mailboxes of protocols in force. A plain GET with no
   * request header, so no runtime sends a CORS preflight for it (If-None-Match would force one).
   */
  function refreshDirectory(deadline) {
    return request(hostOrigin() + "/api/directory", { method: "GET" }, deadline).then(function (response) {
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
        var fresh = { mailboxes: mailboxes };
        saveCache(fresh);
        return fresh;
      });
    }).catch(function () { return loadCache(); });
  }

  function groupLabel(group) {
    return "contactgroep '" + group.name + "'";
  }

  /*
   * What is wrong with the message, if anything:
   * - lookalikes: recipients the policy does not allow (in the Mail context: lookalikes of an OCMW mailbox), and
   *   contact groups named like an OCMW's social service;
   * - strangers: with a referral archive attached (or an attached message that could not be read: maybeArchive),
   *   recipients that are not an agreed OCMW mailbox; contact groups always, their members cannot be checked;
   * - unchecked: the host was unreachable and no cached directory can vouch for the recipients of an archive.
   */
  function assess(item) {
    var deadline = now() + BUDGET_MS;
    return Promise.all([readRecipients(item), inspectAttachments(item)]).then(function (read) {
      var addresses = read[0].addresses;
      var groups = read[0].groups;
      var archive = read[1].archive || read[1].uncertain;
      var found = {
        archive: archive,
        maybeArchive: !read[1].archive && read[1].uncertain,
        lookalikes: groups.filter(function (group) { return OCMW_LIKE_NAME.test(group.name); }).map(function (group) {
          return { address: groupLabel(group), verdict: "warning", group: true };
        }),
        strangers: archive ? groups.map(groupLabel) : [],
        unchecked: false,
        cached: false
      };
      var groupAddresses = {};
      groups.forEach(function (group) { groupAddresses[normalise(group.address)] = true; });
      var people = addresses.filter(function (address) { return !groupAddresses[normalise(address)]; });
      if (addresses.length === 0) {
        return found;
      }
      var directory = refreshDirectory(deadline);
      return screen(addresses, deadline).then(function (results) {
        addresses.forEach(function (address) {
          var result = results[normalise(address)];
          if (result && result.verdict !== "allowed") {
            found.lookalikes.push({ address: address, verdict: result.verdict, message: result.message, suggestion: result.suggestion });
          }
        });
        if (archive) {
          people.forEach(function (address) {
            var result = results[normalise(address)];
            if (!(result && result.allowedMailbox)) {
              found.strangers.push(address);
            }
          });
        }
        return found;
      }, function () {
        if (!archive) {
          return found;
        }
        return directory.then(function (cache) {
          var known = cache && cache.mailboxes ? cache.mailboxes : [];
          var unknown = people.filter(function (address) { return known.indexOf(normalise(address)) < 0; });
          found.cached = known.length > 0;
          if (found.cached) {
            found.strangers = found.strangers.concat(unknown);
          } else {
            found.unchecked = unknown.length > 0;
          }
          return found;
        });
      });
    });
  }

  function describeLookalike(lookalike) {
    if (lookalike.group) {
      return "De " + lookalike.address + " is geen afgesproken OCMW-mailbox.";
    }
    return lookalike.suggestion
      ? lookalike.address + " lijkt op de OCMW-mailbox " + lookalike.suggestion + ", maar is het niet."
      : lookalike.address + ": " + lookalike.message;
  }

  function showOrRemove(item, key, details) {
    var messages = item.notificationMessages;
    if (!details) {
      return officeCall(messages, "removeAsync", [key]).catch(function () {});
    }
    var method = messages.replaceAsync ? "replaceAsync" : "addAsync";
    return officeCall(messages, method, [key, details]).catch(function () {
      // Mobile and older clients know no insight message: show the same text without the button.
      if (details.type !== "insightMessage") {
        return undefined;
      }
      var plain = { type: "informationalMessage", message: details.message, icon: NOTE_ICON, persistent: false };
      return officeCall(messages, method, [key, plain]).catch(function () {});
    });
  }

  // The warning offers the fix, as Microsoft's Smart Alerts samples do: the right address and a button to the pane.
  function lookalikeNote(lookalike, paneButton) {
    // Short form: a notification holds 150 characters, and both addresses must fit.
    var message = clip(lookalike.suggestion
      ? "Let op: " + lookalike.address + " is geen OCMW-mailbox. Bedoelt u " + lookalike.suggestion + "?"
      : "Let op: " + describeLookalike(lookalike), MAX_NOTE);
    if (!paneButton) {
      return { type: "informationalMessage", message: message, icon: NOTE_ICON, persistent: false };
    }
    return {
      type: "insightMessage",
      message: message,
      icon: NOTE_ICON,
      actions: [{ actionType: "showTaskPane", actionText: CANCEL_LABEL, commandId: PANE_BUTTON_ID, contextData: {} }]
    };
  }

  function onMessageRecipientsChangedHandler(event) {
    var item = Office.context.mailbox.item;
    assess(item).then(function (found) {
      var lookalike = found.lookalikes.length ? lookalikeNote(found.lookalikes[0], true) : null;
      var text = found.unchecked
        ? "Doorverwijzing in bijlage: de ontvangers konden nu niet gecontroleerd worden."
        : found.strangers.length
          ? "Doorverwijzing in bijlage: " + found.strangers[0] + " is geen afgesproken OCMW-mailbox."
          : null;
      var archive = text ? { type: "informationalMessage", message: clip(text, MAX_NOTE), icon: NOTE_ICON, persistent: false } : null;
      return Promise.all([showOrRemove(item, NOTE_LOOKALIKE, lookalike), showOrRemove(item, NOTE_ARCHIVE, archive)]);
    }).catch(function (error) {
      console.log("OCMW recipients check failed: " + (error && error.message));
    }).then(function () { event.completed(); });
  }

  // Markdown only when no address could be mangled by it (an underscore or asterisk in an address).
  function markdownSafe(texts) {
    return texts.every(function (text) { return !/[*_[\]()`\\#<>]/.test(text); });
  }

  /**
   * Holds the item. alert = { title, items, advice, values }: the plain errorMessage joins them; where the client
   * supports Markdown (Mailbox 1.15) the same text comes as a bold title and a list. promptOnly lets the worker
   * send anyway (send-mode override, Mailbox 1.14). The button opens the task pane, which exists only for mails.
   */
  function block(event, alert, promptOnly, withPane) {
    var options = {
      allowEvent: false,
      errorMessage: clip([alert.title].concat(alert.items, [alert.advice]).join(" "), MAX_ALERT)
    };
    if (supports("1.15") && markdownSafe(alert.values)) {
      var markdown = "**" + alert.title + "**\n\n" +
        alert.items.map(function (line) { return "- " + line + "\r"; }).join("") + "\n\n" + alert.advice;
      if (markdown.length <= MAX_ALERT) {
        options.errorMessageMarkdown = markdown;
      }
    }
    if (withPane) {
      options.cancelLabel = CANCEL_LABEL;
      options.commandId = PANE_BUTTON_ID;
    }
    if (promptOnly) {
      var modes = Office.MailboxEnums && Office.MailboxEnums.SendModeOverride;
      options.sendModeOverride = modes ? modes.PromptUser : "promptUser";
    }
    event.completed(options);
  }

  function decide(event, found, isMail) {
    var paneAdvice = isMail ? " of gebruik '" + CANCEL_LABEL + "' (de knop '" + PANE_BUTTON_LABEL + "')." : ".";
    if (found.strangers.length) {
      block(event, {
        title: found.maybeArchive
          ? "Een bijgevoegd bericht kon niet gecontroleerd worden en kan een doorverwijzing bevatten."
          : "Deze " + (isMail ? "mail" : "uitnodiging") + " bevat een doorverwijzing (doorverwijzing-\u2026.7z).",
        items: found.strangers.map(function (stranger) {
          return stranger + " is geen afgesproken OCMW-mailbox" + (found.cached ? " (volgens de laatst bekende lijst)." : ".");
        }),
        advice: "Een doorverwijzing mag alleen naar de OCMW-mailbox uit het protocol: verwijder die ontvanger" + paneAdvice,
        values: found.strangers
      }, found.maybeArchive, isMail);
    } else if (found.unchecked) {
      // The host is down (office-js #5676): the worker decides, instead of every referral mail being stuck.
      block(event, {
        title: "Deze " + (isMail ? "mail" : "uitnodiging") + " bevat " + (found.maybeArchive ? "misschien " : "") +
          "een doorverwijzing, maar de ontvangers konden nu niet gecontroleerd worden (de OCMW-dienst is niet bereikbaar).",
        items: [],
        advice: "Verstuur alleen als elke ontvanger de afgesproken OCMW-mailbox is. Probeer het anders zo dadelijk opnieuw" + paneAdvice,
        values: []
      }, true, isMail);
    } else if (found.lookalikes.length) {
      var onlyWarnings = found.lookalikes.every(function (lookalike) { return lookalike.verdict === "warning"; });
      block(event, {
        title: "Controleer de ontvangers:",
        items: found.lookalikes.map(function (lookalike) {
          return describeLookalike(lookalike) + (lookalike.suggestion ? " Bedoelt u " + lookalike.suggestion + "?" : "");
        }),
        advice: "Een doorverwijzing verstuurt u met '" + PANE_BUTTON_LABEL + "'" + (isMail ? " (knop '" + CANCEL_LABEL + "')." : "."),
        values: found.lookalikes.map(function (lookalike) { return lookalike.address + " " + (lookalike.suggestion || ""); })
      }, onlyWarnings, isMail);
    } else {
      event.completed({ allowEvent: true });
    }
  }

  function sendHandler(isMail) {
    return function (event) {
      var item = Office.context.mailbox.item;
      assess(item).then(function (found) { decide(event, found, isMail); }, function (error) {
        // The item could not be read: this check is a guard, not the only gate, so the item goes through.
        console.log("OCMW send check failed: " + (error && error.message));
        event.completed({ allowEvent: true });
      });
    };
  }

  var onMessageSendHandler = sendHandler(true);
  var onAppointmentSendHandler = sendHandler(false);

  if (typeof Office !== "undefined" && Office.actions && Office.actions.associate) {
    Office.actions.associate("onMessageRecipientsChangedHandler", onMessageRecipientsChangedHandler);
    Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
    Office.actions.associate("onAppointmentSendHandler", onAppointmentSendHandler);
  }
})();
