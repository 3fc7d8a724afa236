/*
 * What is wrong with the item, if anything. Each source of facts (recipients, attachments, the host, the cache) is
 * read on its own and may fail on its own: a failure weakens only the check that needed it, never the whole
 * decision (no shared Promise.all rejection).
 */
import { inspectAttachments } from "./attachments";
import { BUDGET_MS, OCMW_LIKE_NAME } from "./config";
import { normalise, now, settle } from "./office";
import { readRecipients, type ContactGroup } from "./recipients";
import { sharedMailbox } from "./shared";
import { refreshDirectory, screen, type Verdict } from "./screening";

export interface Lookalike {
  address: string;
  verdict: string;
  message?: string;
  suggestion?: string;
  group?: boolean;
}

export interface Findings {
  /** A referral archive is (or may be) attached. */
  archive: boolean;
  /** Only an attached message that could not be read may carry one. */
  maybeArchive: boolean;
  /** Recipients the policy does not allow, and contact groups named like an OCMW's social service. */
  lookalikes: Lookalike[];
  /** With an archive: recipients that are not an agreed OCMW mailbox (contact groups always). */
  strangers: string[];
  /** The host did not answer and no cached directory vouches for the recipients of an archive. */
  unchecked: boolean;
  /** The strangers come from the cached directory. */
  cached: boolean;
  /** The attachments could not be read here (phones, or a failing call): the archive check did not run. */
  attachmentsUnknown: boolean;
  /** The shared or delegate mailbox the item is composed in, where the client can tell. */
  sharedMailbox: string | null;
}

export function groupLabel(group: ContactGroup): string {
  return "contactgroep '" + group.name + "'";
}

function judge(found: Findings, addresses: string[], people: string[], results: { [address: string]: Verdict }): Findings {
  addresses.forEach(function (address) {
    const result = results[normalise(address)];
    if (result && result.verdict !== "allowed") {
      found.lookalikes.push({ address: address, verdict: result.verdict, message: result.message, suggestion: result.suggestion });
    }
  });
  if (found.archive) {
    people.forEach(function (address) {
      const result = results[normalise(address)];
      if (!(result && result.allowedMailbox)) {
        found.strangers.push(address);
      }
    });
  }
  return found;
}

export function assess(item: object): Promise<Findings> {
  const deadline = now() + BUDGET_MS;
  const recipients = settle(readRecipients(item), { addresses: [], groups: [], incomplete: true });
  const attachments = settle(inspectAttachments(item), { archive: false, uncertain: false, unavailable: true });
  const shared = settle(sharedMailbox(item), null);
  return Promise.all([recipients, attachments, shared]).then(function (read) {
    const addresses = read[0].value.addresses;
    const groups = read[0].value.groups;
    const attached = read[1].value;
    const archive = attached.archive || attached.uncertain;
    const found: Findings = {
      archive: archive,
      maybeArchive: !attached.archive && attached.uncertain,
      lookalikes: groups.filter(function (group) { return OCMW_LIKE_NAME.test(group.name); }).map(function (group) {
        return { address: groupLabel(group), verdict: "warning", group: true };
      }),
      strangers: [],
      unchecked: false,
      cached: false,
      attachmentsUnknown: attached.unavailable || read[1].failed,
      sharedMailbox: read[2].value,
    };
    if (archive) {
      found.strangers = groups.map(groupLabel);
    }
    if (addresses.length === 0) {
      return found;
    }
    const groupAddresses: { [address: string]: boolean } = {};
    groups.forEach(function (group) { groupAddresses[normalise(group.address)] = true; });
    const people = addresses.filter(function (address) { return !groupAddresses[normalise(address)]; });
    // The directory only matters when an archive may leave; it is not awaited otherwise.
    const directory = refreshDirectory(deadline);
    return screen(addresses, deadline).then(function (results) {
      return judge(found, addresses, people, results);
    }, function () {
      if (!archive) {
        return found;
      }
      return directory.then(function (cache) {
        let known: string[] = [];
        if (cache && cache.mailboxes) {
          known = cache.mailboxes;
        }
        const unknown = people.filter(function (address) { return known.indexOf(normalise(address)) < 0; });
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
