/** The portal's server entry: loads the Remix build and starts the runtime it carries (one copy of every module). */
import { loadBuild } from './build';

try {
  const { build, runtime, files } = await loadBuild();
  await runtime.start(build, files);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
