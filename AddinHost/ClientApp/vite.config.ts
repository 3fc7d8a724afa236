import { resolve } from "node:path";
import { defineConfig } from "vite";

// Multi-page build: each Office surface is its own small page, so the task pane never loads admin code.
export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, "index.html"),
        taskpane: resolve(import.meta.dirname, "taskpane.html"),
        admin: resolve(import.meta.dirname, "admin.html"),
        "auth-dialog": resolve(import.meta.dirname, "auth-dialog.html"),
      },
    },
  },
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
});
