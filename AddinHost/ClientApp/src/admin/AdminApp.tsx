export function AdminApp() { return <main class="pane admin"><h1>x</h1></main>; }
