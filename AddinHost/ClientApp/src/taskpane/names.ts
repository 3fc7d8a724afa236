import type { DirectoryOcmw } from "../api/types";

/** The OCMW's name from the directory; its key when the directory no longer lists it. */
export const ocmwName = (ocmws: DirectoryOcmw[], id: string) => ocmws.find((o) => o.id === id)?.name ?? id;
