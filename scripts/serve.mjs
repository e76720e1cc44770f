// Serves dist/ on http://127.0.0.1:8080 (PORT to change), for `make run`.
import { serve, dist } from '../tests/e2e/support.mjs';

const port = Number(process.env.PORT ?? 8080);
const server = await serve(dist, {}, port);
console.log(`Passerelle is served on ${server.url} (Ctrl-C to stop)`);
