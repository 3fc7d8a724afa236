import { render } from "preact";
import "../styles/fluent.css";
import { AdminApp } from "./AdminApp";

render(<AdminApp />, document.getElementById("app")!);
