// `npm run serve`: the production build on http://localhost:3000 with compression.
import {startStaticServer} from './static-server.mjs';

const port = Number(process.env.PORT ?? 3000);
const {url} = await startStaticServer({port, host: process.env.HOST ?? '0.0.0.0'});
console.log(`Innkjøpsportalen kjører på ${url.replace('0.0.0.0', 'localhost')} (Ctrl+C for å stoppe)`);
