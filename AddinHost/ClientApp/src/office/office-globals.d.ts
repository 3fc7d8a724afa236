// The few parts of office.js this app touches (the full @types/office-js is large and mostly unused here).
declare namespace Office {
  interface AsyncResult<T> { status: "succeeded" | "failed"; value: T; error?: { message: string } }
  interface EmailAddressDetails { emailAddress: string; displayName: string }
  interface Recipients {
    getAsync(callback: (result: AsyncResult<EmailAddressDetails[]>) => void): void;
    setAsync(recipients: string[], callback: (result: AsyncResult<void>) => void): void;
  }
  interface Item { itemType: string; to: unknown; cc: unknown; bcc: unknown }
  interface Dialog {
    addEventHandler(type: string, handler: (arg: { message?: string; error?: number }) => void): void;
    close(): void;
  }
  const context: {
    mailbox?: { item?: Item; userProfile?: { displayName: string; emailAddress: string } };
    requirements: { isSetSupported(name: string, version?: string): boolean };
    ui: {
      displayDialogAsync(url: string, options: { height: number; width: number }, cb: (r: AsyncResult<Dialog>) => void): void;
      messageParent(message: string): void;
    };
  };
  const EventType: { DialogMessageReceived: string; DialogEventReceived: string };
  function onReady(): Promise<{ host: string | null; platform: string | null }>;
}

interface Window {
  /** Installed by browser tests before page scripts run; replaces office.js. */
  __officeFake?: import("./adapter").OfficeFakeState;
}
