// Worker entry: the Hono app, with the index loaded once per isolate from the ASSETS binding.

import { createApp } from './api/create-app';
import { createEngineProvider } from './api/engine-provider';

const app = createApp(createEngineProvider());

export default app;
