export const landing = {
  title: "OCMW-doorverwijzing",
  body: "Deze add-in opent in Outlook. Voor testen in een browser:",
  taskpane: "Taakvenster (voorbeeldmodus), als medewerker van beide teams",
  admin: "Beheer, als beheerder en DPO",
  secondAdmin: "Beheer, als tweede beheerder (keurt de voorstellen van de eerste goed; open in een ander venster)",
  dpo: "Beheer, als DPO alleen",
  bodyEntra: "Deze add-in opent in Outlook. Beheerders en de DPO melden zich hier aan met hun account van de organisatie:",
  adminEntra: "Beheer",
  devSignIn: "In ontwikkeling kunt u zich zo aanmelden:",
  devNote: "De ontwikkelaanmelding leest ?devUser=, ?devRoles= en ?devGroups= uit het adres; met Entra ID tellen alleen de echte rollen en groepen.",
} as const;

export const dialog = { signingIn: "U wordt aangemeld…" } as const;

export const entra = {
  intro: "Vul deze waarden zo in bij de app-registratie van deze host (Entra-beheercentrum → App-registraties). Ze komen uit dezelfde instellingen als de manifesten en de aanmelding.",
  clientId: "Toepassings-id (client)",
  clientIdWhere: "Overzicht → Application (client) ID; in de host: AzureAd:ClientId.",
  tenantId: "Map-id (tenant)",
  tenantIdWhere: "Overzicht → Directory (tenant) ID; in de host: AzureAd:TenantId.",
  applicationIdUri: "URI van de toepassings-id",
  applicationIdUriWhere: "Expose an API → Application ID URI.",
  scope: "Bereik (scope)",
  scopeWhere: (full: string) => `Expose an API → Add a scope (beheerders en gebruikers). Het taakvenster vraagt ${full}.`,
  naaRedirect: "Omleidings-URI voor aanmelden in Outlook (NAA)",
  dialogRedirect: "Omleidings-URI voor het aanmeldvenster",
  redirectWhere: "Authentication → Single-page application → Redirect URIs, precies zo.",
  graph: "API-machtiging",
  graphWhere: (type: string) => `API permissions → Microsoft Graph → ${type === "Delegated" ? "Delegated (gedelegeerd)" : type}; daarna Grant admin consent.`,
  appRole: "App-rol voor beheerders",
  appRoleWhere: "App roles → Create app role (Users/Groups); toewijzen onder Enterprise applications.",
  workerRole: "App-rol voor medewerkers die doorverwijzen",
  dpoRole: "App-rol voor de DPO",
  rolesWhere:
    "Geen rol houdt een andere in; iemand kan er meerdere hebben. Zet in Enterprise applications → Properties ‘Assignment required’ op Ja, zodat alleen wie een rol kreeg zich aanmeldt.",
  groupsClaim: "Groepsclaim (teams)",
  groupsClaimValue: "groups · Groups assigned to the application",
  groupsClaimWhere:
    "Token configuration → Add groups claim → Security groups, beperkt tot ‘Groups assigned to the application’; wijs de beveiligingsgroep van elk team toe aan de bedrijfstoepassing en zet haar object-id bij het protocol.",
  tokenVersion: "Tokenversie",
  tokenVersionWhere: "Manifest van de app-registratie: de host aanvaardt enkel v2-tokens.",
} as const;
