// Every text the user sees, in one folder so that a Dutch-speaking reviewer can check the wording; one file per area.
import { common } from "./nl-BE/common";
import { taskpane } from "./nl-BE/taskpane";
import { life } from "./nl-BE/life";
import { admin } from "./nl-BE/admin";
import { landing, dialog, entra } from "./nl-BE/landing";

export const t = { common, taskpane, life, admin, landing, dialog, entra } as const;
