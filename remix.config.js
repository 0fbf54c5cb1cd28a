// PLENARY_BUILD_DIR lets several builds live side by side (parallel test runs); the portal reads the same variable.
const buildDir = process.env.PLENARY_BUILD_DIR || 'build';

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ['**/.*', '**/*.test.*'],
  serverModuleFormat: 'esm',
  serverPlatform: 'node',
  serverBuildPath: `${buildDir}/index.js`,
  assetsBuildDirectory: buildDir === 'build' ? 'public/build' : `${buildDir}/assets`,
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
