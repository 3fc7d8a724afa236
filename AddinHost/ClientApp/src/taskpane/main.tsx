import { render } from "preact";
import "../styles/fluent.css";
import { App } from "./App";

render(<App />, document.getElementById("app")!);
