// The embed tests again, every read-only widget drawn by the planner instead of
// the viewer: both bundles must pass the same tests.
process.env.WEEKBOARD_READONLY = 'planner';
await import('./embed.test.mjs');
