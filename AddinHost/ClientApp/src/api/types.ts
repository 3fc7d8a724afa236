export type Verdict = "allowed" | "warning" | "blocked";
export type ProtocolStatus = "inForce" | "notYetInForce" | "ended";

/** From `GET /api/client-config`; in Entra mode every value comes from the host's one set of sign-in settings. */
export interface ClientConfig {
  authMode: "Development" | "Entra";
  clientId: string | null;
  apiScope: string | null;
  tenantId: string | null;
  authority?: string | null;
  protocolMode?: "AAD" | "OIDC" | null;
  knownAuthorities?: string[] | null;
  dialogRedirectUri?: string | null;
}

/** `tel` is E.164 for a `tel:` link, `display` the Belgian way of writing it (055 38 94 10). */
export interface DirectoryPhone { tel: string; display: string }

/** `verifiedMailboxes`: the mailboxes a referral may go to now (the OCMW confirmed them); none means it cannot be chosen yet. */
export interface DirectoryOcmw {
  id: string; name: string; referringTeam: string; mailboxes: string[]; verifiedMailboxes: string[]; domains: string[]; postalCodes: string[];
  inForceFrom: string; endedOn: string | null; status: ProtocolStatus;
  socialServicePhone: DirectoryPhone | null; teamMailbox: string | null; teamPhone: DirectoryPhone | null;
}

/** `consent` is the host's current name for the "given" statement; both are accepted. */
export interface ConsentStatements { version: string; informed: string; given?: string; consent?: string }

/** `POST /api/recipients/residence`: the postcode against the chosen OCMW (article 6). */
/** GET /api/me: the signed-in person's roles and the OCMWs their team may refer to. */
export interface Me {
  userPrincipalName: string; roles: ("worker" | "admin" | "dpo")[]; referableOcmwIds: string[]; teams: string[];
  teamProblem: { code: string; message: string } | null;
}

export interface ResidenceResult { code: string; allowed: boolean; ocmwId: string | null; ocmwName: string | null; message: string }

export interface RecipientResult { address: string; verdict: Verdict; code: string; message: string; suggestion?: string | null }

export interface ReferralRequest {
  ocmwId: string;
  recipient: string;
  client: {
    givenName: string; familyName: string;
    address: { street: string; houseNumber: string; box: string | null; postalCode: string; municipality: string };
    phone: string | null; email: string | null;
  };
  consent: { informed: boolean; given: boolean; method: "mondeling" | "schriftelijk" | ""; date: string };
}

/** `passphrase` is null when the host replays an earlier success: it returned the passphrase once and kept no copy. */
export interface ReferralCreated { referralId: string; reference: string; passphrase: string | null; status: string }

export interface ProblemDetails {
  type?: string; title?: string; detail?: string; status?: number; code?: string;
  errors?: Record<string, string[]>; fieldCodes?: Record<string, string[]>; verdicts?: RecipientResult[]; residence?: ResidenceResult;
  /** Admin entry checks: the field codes the administrator may confirm (resend with `confirmWarnings: true`). */
  warnings?: FieldCode[];
  /** 409 possible_duplicate: the team's earlier referral of the same client to the same OCMW. */
  earlierReference?: string; earlierSentAt?: string;
  /** 422 verification_code_wrong: the attempts the archive has left. */
  attemptsLeft?: number;
}

export interface Dpo { organisation: string; email: string }
export interface OcmwDto {
  id: string; name: string; kboNumber: string; address: string; referringTeam: string;
  mailboxes: string[]; domains: string[]; postalCodes: string[]; teamGroupIds?: string[];
  signedOn: string; inForceFrom: string; noticeMonths: number; endedOn: string | null;
  opgroeienDpo: Dpo; ocmwDpo: Dpo; status?: ProtocolStatus;
  socialServicePhone: string | null; teamMailbox: string | null; teamPhone: string | null;
  /** Output only: a proposal for this entry waits for a second administrator. */
  pendingProposalId?: string | null;
  /** Input only: the administrator confirmed the warnings of the previous attempt. */
  confirmWarnings?: boolean;
}

export interface FieldCode { field: string; code: string }

export type ProposalStatus = "pending" | "approved" | "rejected" | "expired";
/** A widening allow-list change waiting for (or decided by) a second administrator. */
export interface ProposalDto {
  id: string; ocmwId: string; ocmwName: string; kind: "create" | "update"; status: ProposalStatus; source: string;
  proposed: OcmwDto; current: OcmwDto | null; changes: string[]; outdated: boolean;
  proposedBy: string; proposedAt: string; expiresAt: string;
  decidedBy: string | null; decidedAt: string | null; rejectionReason: string | null;
  /** The reader proposed it: the host refuses their approval, so the page does not offer it. */
  mine: boolean;
}

export interface AuditItem {
  id: string; at: string; actor: string; action: string; entityType: string; entityId: string;
  before: Record<string, unknown> | null; after: Record<string, unknown> | null;
  /** Four eyes: who proposed the change an approver applied, and when. */
  proposalId?: string | null; proposedBy?: string | null; proposedAt?: string | null;
  /** A rejected proposal: the reason its rejecter gave. */
  reason?: string | null;
  /** The OCMW's name for an entry about a protocol or its mailbox; null for others (a client lookup). */
  entityName?: string | null;
}

/** One row of the consent register (`GET /api/admin/consents`). */
export interface ConsentItem {
  referralId: string; reference: string; status: string; statusLabel: string; createdAt: string; sentAt: string | null;
  workerUpn: string; ocmwId: string; ocmwName: string; recipient: string; method: string; consentDate: string;
  statementVersion: string; failureCode: string | null; withdrawnOn: string | null; referringTeam: string;
}

export interface Page<T> { items: T[]; total: number }

/** One line of a referral's history: codes and dates only. */
export interface HistoryEntry { kind: string; at: string; actor: string; code: string | null; onDate: string | null; incidentId: string | null }

export interface ReferralView {
  referralId: string; reference: string; status: string; createdAt: string; sentAt: string | null; ocmwId: string;
  recipient: string; withdrawnOn: string | null; passphraseDeliveredAt: string | null; history: HistoryEntry[] | null;
}

/** A row of "Mijn doorverwijzingen": no client data. */
export interface ReferralSummary {
  referralId: string; reference: string; ocmwId: string; createdAt: string; status: string;
  passphraseDeliveredAt: string | null; withdrawnOn: string | null; workerUpn: string;
}

export interface ReferralPage { items: ReferralSummary[]; total: number; page: number; pageSize: number }

export interface IncidentView {
  incidentId: string; referralId: string; reference: string; ocmwId: string; kind: string; kindLabel: string;
  occurredAt: string; reportedAt: string; reporter: string; dueAt: string; minutesLeft: number; overdue: boolean;
  closedAt: string | null; closedBy: string | null;
}

/** `GET /api/admin/entra-registration`: what to register in Entra ID for this host. */
export interface EntraRegistration {
  clientId: string; tenantId: string; authority: string; protocolMode: string; knownAuthorities: string[];
  applicationIdUri: string; scopeName: string; scope: string; naaRedirectUri: string; dialogRedirectUri: string;
  adminRole: string; workerRole: string; dpoRole: string; graphPermission: string; graphPermissionType: string; accessTokenVersion: number;
}

export type VerificationState = "verified" | "pending" | "unverified";

export interface MailboxVerification {
  ocmwId: string; ocmwName: string; mailbox: string; state: VerificationState;
  verifiedAt: string | null; verifiedBy: string | null;
  verificationId: string | null; reference: string | null; sentAt: string | null; sentBy: string | null;
  attemptsLeft: number | null; lastOutcome: string | null;
  /** The caller sent the waiting archive: only another administrator can enter its code. */
  sentByYou: boolean;
}

/** `passphrase` is in this answer only: the administrator phones it to the OCMW. */
export interface VerificationSent {
  verificationId: string; reference: string; ocmwId: string; mailbox: string; passphrase: string; status: string;
  sentAt: string; attemptsLeft: number;
}

export interface ImportIssue { field: string; code: string; message: string }
export interface ImportRow {
  line: number; id: string | null; name: string | null; kind: "create" | "update";
  status: "ok" | "warning" | "error" | "proposed" | "skipped"; errors: ImportIssue[]; warnings: ImportIssue[]; proposalId: string | null;
}
export interface ImportResult { total: number; importable: number; proposed: number; rows: ImportRow[] }
