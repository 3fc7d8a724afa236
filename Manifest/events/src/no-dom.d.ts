// @types/office-js names two DOM types in APIs this script never calls (Office.File.getSliceAsync's Blob,
// Office.context.ui's HTMLElement). Without the DOM library they are opaque here, on purpose: the JavaScript-only
// runtime of classic Outlook has no DOM, so any use of them would fail to compile.
interface Blob {
  readonly opaqueDomType: never;
}
interface HTMLElement {
  readonly opaqueDomType: never;
}
