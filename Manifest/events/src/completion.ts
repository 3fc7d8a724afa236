/*
 * The Smart Alerts answer (OnMessageSend, OnAppointmentSend). What each option needs
 * (https://learn.microsoft.com/javascript/api/outlook/office.smartalertseventcompletedoptions):
 * allowEvent and errorMessage Mailbox 1.12; cancelLabel, commandId, contextData and sendModeOverride 1.14;
 * errorMessageMarkdown 1.15. An option the client does not support is never passed: classic Outlook 2206-2402
 * (1.12/1.13) gets a plain hold whose text says what to do, because it cannot offer "Send anyway" or a button.
 */
import { type Findings, type Lookalike } from "./assess";
import { CANCEL_LABEL, MAX_ALERT, PANE_BUTTON_ID, PANE_BUTTON_LABEL } from "./config";
import { clip, supports } from "./office";

interface Alert {
  title: string;
  items: string[];
  advice: string;
  /** The values the text quotes (addresses): Markdown is used only when none of them could be mangled by it. */
  values: string[];
}

export interface Completable {
  completed(options?: Office.SmartAlertsEventCompletedOptions): void;
}

function markdownSafe(texts: string[]): boolean {
  return texts.every(function (text) { return !/[*_[\]()`\\#<>]/.test(text); });
}

function markdown(alert: Alert): string {
  const lines = alert.items.map(function (line) { return "- " + line + "\r"; }).join("");
  return "**" + alert.title + "**\n\n" + lines + "\n\n" + alert.advice;
}

function promptUser(): Office.MailboxEnums.SendModeOverride {
  const enums = Office.MailboxEnums;
  if (enums && enums.SendModeOverride) {
    return enums.SendModeOverride.PromptUser;
  }
  return "promptUser" as Office.MailboxEnums.SendModeOverride;
}

/**
 * Holds the item. `promptOnly` lets the worker send anyway (send-mode override, 1.14). `withPane` puts the button
 * that opens the task pane on the dialog (the pane exists only for mails).
 */
function hold(event: Completable, alert: Alert, promptOnly: boolean, withPane: boolean): void {
  const options: Office.SmartAlertsEventCompletedOptions = {
    allowEvent: false,
    errorMessage: clip([alert.title].concat(alert.items, [alert.advice]).join(" "), MAX_ALERT),
  };
  if (supports("1.15") && markdownSafe(alert.values)) {
    const text = markdown(alert);
    if (text.length <= MAX_ALERT) {
      options.errorMessageMarkdown = text;
    }
  }
  if (supports("1.14")) {
    if (withPane) {
      options.cancelLabel = CANCEL_LABEL;
      options.commandId = PANE_BUTTON_ID;
    }
    if (promptOnly) {
      options.sendModeOverride = promptUser();
    }
  }
  event.completed(options);
}

export function describeLookalike(lookalike: Lookalike): string {
  if (lookalike.group) {
    return "De " + lookalike.address + " is geen afgesproken OCMW-mailbox.";
  }
  if (lookalike.suggestion) {
    return lookalike.address + " lijkt op de OCMW-mailbox " + lookalike.suggestion + ", maar is het niet.";
  }
  return lookalike.address + ": " + lookalike.message;
}

function noun(isMail: boolean): string {
  if (isMail) {
    return "mail";
  }
  return "uitnodiging";
}

export function decide(event: Completable, found: Findings, isMail: boolean): void {
  const canPrompt = supports("1.14");
  const withButton = isMail && canPrompt;
  let paneAdvice = ".";
  if (withButton) {
    paneAdvice = " of gebruik '" + CANCEL_LABEL + "' (de knop '" + PANE_BUTTON_LABEL + "').";
  } else if (isMail) {
    paneAdvice = " of gebruik de knop '" + PANE_BUTTON_LABEL + "'.";
  }
  if (found.strangers.length) {
    let title = "Deze " + noun(isMail) + " bevat een doorverwijzing (doorverwijzing-\u2026.7z).";
    if (found.maybeArchive) {
      title = "Een bijgevoegd bericht kon niet gecontroleerd worden en kan een doorverwijzing bevatten.";
    }
    let listed = ".";
    if (found.cached) {
      listed = " (volgens de laatst bekende lijst).";
    }
    if (found.sharedMailbox) {
      title += " U verstuurt vanuit de gedeelde mailbox " + found.sharedMailbox + ".";
    }
    hold(event, {
      title: title,
      items: found.strangers.map(function (stranger) { return stranger + " is geen afgesproken OCMW-mailbox" + listed; }),
      advice: "Een doorverwijzing mag alleen naar de OCMW-mailbox uit het protocol: verwijder die ontvanger" + paneAdvice,
      values: found.strangers.concat(found.sharedMailbox || []),
    }, found.maybeArchive, withButton);
    return;
  }
  if (found.unchecked) {
    // The host is down (office-js #5676): where the client can ask (1.14+) the worker decides; below that the item
    // is held with a message that says why and what to do, instead of a referral leaving unchecked.
    let maybe = "";
    if (found.maybeArchive) {
      maybe = "misschien ";
    }
    let advice = "Verstuur alleen als elke ontvanger de afgesproken OCMW-mailbox is. Probeer het anders zo dadelijk opnieuw" + paneAdvice;
    if (!canPrompt) {
      advice = "Deze Outlook-versie kan niet vragen of u toch wilt verzenden: probeer het over enkele minuten opnieuw" + paneAdvice;
    }
    hold(event, {
      title: "Deze " + noun(isMail) + " bevat " + maybe +
        "een doorverwijzing, maar de ontvangers konden nu niet gecontroleerd worden (de OCMW-dienst is niet bereikbaar).",
      items: [],
      advice: advice,
      values: [],
    }, true, withButton);
    return;
  }
  if (found.lookalikes.length) {
    const onlyWarnings = found.lookalikes.every(function (lookalike) { return lookalike.verdict === "warning"; });
    if (onlyWarnings && !canPrompt) {
      // The policy only warns, and this client cannot offer "Send anyway": the notification while typing said it.
      event.completed({ allowEvent: true });
      return;
    }
    let button = ".";
    if (withButton) {
      button = " (knop '" + CANCEL_LABEL + "').";
    }
    hold(event, {
      title: "Controleer de ontvangers:",
      items: found.lookalikes.map(function (lookalike) {
        let question = "";
        if (lookalike.suggestion) {
          question = " Bedoelt u " + lookalike.suggestion + "?";
        }
        return describeLookalike(lookalike) + question;
      }),
      advice: "Een doorverwijzing verstuurt u met '" + PANE_BUTTON_LABEL + "'" + button,
      values: found.lookalikes.map(function (lookalike) { return lookalike.address + " " + (lookalike.suggestion || ""); }),
    }, onlyWarnings, withButton);
    return;
  }
  event.completed({ allowEvent: true });
}
