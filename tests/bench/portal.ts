/** Node flags for the portal process a benchmark starts: BENCH_PORTAL_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles it. */
export const benchNodeArgs = () => process.env.BENCH_PORTAL_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
