// A real, standards OpenID Connect provider (the npm package oidc-provider) on 127.0.0.1 for the sign-in browser tests.
// It is laid out like a Microsoft Entra tenant so the host's Microsoft.Identity.Web and the pages' MSAL.js need no
// special path: the issuer is https://127.0.0.1:<port>/<tenant>/v2.0 and metadata lives under it.
//
// What is registered comes only from the JSON file named on the command line, which the test builds from the
// administrator's guide (Manifest/README.md): the client id, the SPA redirect URIs, the Application ID URI and its scope,
// the access token version. Entra-specific claims (tid, oid, scp, azp, ver) are added the way Entra shapes v2 tokens.
//
// stdout: one line "READY <issuer>", then one JSON line per issued access token ({ grant, aud, scp }) for the test.
import { readFileSync } from "node:fs";
import { createServer } from "node:https";
import Provider, { errors } from "oidc-provider";

const settings = JSON.parse(readFileSync(process.argv[2], "utf8"));
const { tenantId, clientId, redirectUris, applicationIdUri, scopeName, accessTokenVersion, accessTokenTtlSeconds } = settings;
// The app roles assigned to the user and the groups claim limited to the groups assigned to the application, as Entra issues them.
const { roles = [], groups = [] } = settings;
const prefix = `/${tenantId}/v2.0`;

const server = createServer({ key: readFileSync(settings.keyPath), cert: readFileSync(settings.certPath) });
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const issuer = `https://127.0.0.1:${server.address().port}${prefix}`;

const exposedScope = `${applicationIdUri}/${scopeName}`;
// Entra names a scope of another API by prefixing it with that API's Application ID URI; a scope that names no API
// registered here is refused, as Entra answers AADSTS500011.
const apiOf = (scopes) => {
  const requested = String(scopes ?? "").split(" ").filter((s) => s.includes("://"));
  if (!requested.length) return undefined;
  if (requested.every((s) => s === exposedScope)) return applicationIdUri;
  throw new errors.InvalidScope(`no API in this tenant exposes ${requested.join(" ")}`, requested.join(" "));
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      application_type: "web",
      token_endpoint_auth_method: "none",
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      // Entra's SPA platform: only the web redirect URIs (brk-multihub:// is Outlook's broker and never reaches a browser).
      redirect_uris: redirectUris.filter((uri) => uri.startsWith("https://") || uri.startsWith("http://")),
    },
  ],
  scopes: ["openid", "profile", "email", "offline_access"],
  claims: { openid: ["sub"], profile: ["name", "preferred_username"], email: ["email"] },
  cookies: { keys: ["local-test-only-cookie-key"] },
  pkce: { required: () => true },
  // An SPA calls the token endpoint cross-origin; allowed from the origins of its redirect URIs, as Entra does.
  clientBasedCORS: (ctx, origin, client) => client.redirectUris.some((uri) => URL.parse(uri)?.origin === origin),
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed("refresh_token"),
  findAccount: async (ctx, sub) => ({
    accountId: sub,
    claims: async () => ({ sub, name: "Test Medewerker", preferred_username: `${sub}@opgroeien.be`, email: `${sub}@opgroeien.be` }),
  }),
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: async (ctx) => apiOf(ctx.oidc.params?.scope ?? ctx.oidc.entities?.RefreshToken?.scope),
      useGrantedResource: async () => true,
      getResourceServerInfo: async (ctx, resource) => {
        if (resource !== applicationIdUri) throw new errors.InvalidTarget();
        return {
          scope: exposedScope,
          // v2 tokens are for the client id; v1 tokens name the Application ID URI.
          audience: accessTokenVersion === 2 ? clientId : applicationIdUri,
          accessTokenFormat: "jwt",
          accessTokenTTL: accessTokenTtlSeconds,
          jwt: { sign: { alg: "RS256" } },
        };
      },
    },
  },
  extraTokenClaims: async (ctx, token) => {
    if (token.kind !== "AccessToken" || !token.resourceServer) return undefined;
    const scp = String(token.scope ?? "").split(" ").filter((s) => s.startsWith(`${applicationIdUri}/`))
      .map((s) => s.slice(applicationIdUri.length + 1)).join(" ");
    const claims = { tid: tenantId, oid: uuidFor(token.accountId), preferred_username: `${token.accountId}@opgroeien.be`, scp };
    Object.assign(claims, accessTokenVersion === 2 ? { azp: token.clientId, ver: "2.0" } : { appid: token.clientId, ver: "1.0" });
    if (roles.length) claims.roles = roles;
    if (groups.length) claims.groups = groups;
    console.log(JSON.stringify({ grant: ctx.oidc.params?.grant_type ?? "", aud: accessTokenVersion === 2 ? clientId : applicationIdUri, scp }));
    return claims;
  },
});
provider.proxy = false;
// The test output shows why a grant was refused (the browser only sees "400").
for (const event of ["grant.error", "authorization.error", "server_error"]) {
  provider.on(event, (ctx, error) => console.log(`${event}: ${error.message} ${error.error_description ?? ""}`));
}

const callback = provider.callback();
server.on("request", (req, res) => {
  // Mounted under /<tenant>/v2.0 like an Entra tenant; oidc-provider reads the mount point from originalUrl.
  if (!req.url.startsWith(prefix)) {
    res.writeHead(404).end();
    return;
  }
  req.originalUrl = req.url;
  req.url = req.url.slice(prefix.length) || "/";
  callback(req, res);
});

function uuidFor(text) {
  const hex = Buffer.from(text.padEnd(16, "0").slice(0, 16)).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

console.log(`READY ${issuer}`);
process.stdin.on("end", () => server.close(() => process.exit(0)));
process.stdin.resume();
