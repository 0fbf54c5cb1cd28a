import path from 'node:path';
import { fileURLToPath } from 'node:url';

// PLENARY_BUILD_DIR lets several builds live side by side (parallel test runs); the portal reads the same variable
// (server/build.ts) and serves the browser assets from the same place: public/build for the project's build/
// (however it is written: build, ./build, an absolute path), else <dir>/assets.
const buildDir = process.env.PLENARY_BUILD_DIR || 'build';
const root = path.dirname(fileURLToPath(import.meta.url));
const isDefaultBuild = path.resolve(root, buildDir) === path.join(root, 'build');

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ['**/.*', '**/*.test.*'],
  serverModuleFormat: 'esm',
  serverPlatform: 'node',
  serverBuildPath: `${buildDir}/index.js`,
  assetsBuildDirectory: isDefaultBuild ? 'public/build' : `${buildDir}/assets`,
  publicPath: '/build/',
  // Bundle nothing from node_modules: the server entry loads the same copies (one yjs, one db client).
  serverDependenciesToBundle: [],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
  },
};
