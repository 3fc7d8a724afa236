import { t } from "../i18n/nl-BE";

/**
 * The development sign-in: each page opened as a person with the roles it needs (?devUser=, ?devRoles=), which the
 * host's development stand-in trusts in Development only. Under Entra ID the token's roles count and these are not shown.
 */
export const devSignInLinks: readonly (readonly [href: string, text: string])[] = [
  ["/taskpane.html", t.landing.taskpane],
  ["/admin.html?devUser=an@opgroeien.be&devRoles=Referral.Admin,Referral.Dpo", t.landing.admin],
  ["/admin.html?devUser=piet@opgroeien.be&devRoles=Referral.Admin", t.landing.secondAdmin],
  ["/admin.html?devUser=dpo@opgroeien.be&devRoles=Referral.Dpo", t.landing.dpo],
];
