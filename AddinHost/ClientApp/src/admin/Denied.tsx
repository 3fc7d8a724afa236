import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/nl-BE";
import { loadClientConfig } from "../api/client";
import { devSignInLinks } from "../auth/dev-sign-in";

/**
 * The refusal, and in Development the way in: a newcomer who opened /admin.html without ?devUser= is a worker there,
 * so the page offers the development sign-in links (the host tells whether it runs the development stand-in).
 */
export function Denied() {
  const [development, setDevelopment] = useState(false);
  useEffect(() => {
    loadClientConfig().then((c) => setDevelopment(c.authMode === "Development"), () => setDevelopment(false));
  }, []);
  return (
    <>
      <p class="error-summary" role="alert">
        {t.common.accessDenied}
      </p>
      {development ? (
        <nav aria-labelledby="dev-sign-in">
          <p id="dev-sign-in">{t.landing.devSignIn}</p>
          <ul>
            {devSignInLinks.map(([href, text]) => (
              <li key={href}>
                <a href={href}>{text}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
