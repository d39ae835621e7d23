// Import directions from ARCHITECTURE.md: channels → engine → knowledge, never back.
// `npm test` runs this before Jest, the way BullMQ runs madge before its tests.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means two modules cannot be understood apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'knowledge-stays-channel-blind',
      severity: 'error',
      comment: 'Knowledge never knows which channel asked, nor who schedules nudges.',
      from: { path: '^knowledge/' },
      to: { path: '^(channels|workers)/' },
    },
    {
      name: 'knowledge-uses-only-message-types-from-src',
      severity: 'error',
      comment: 'Knowledge may share the channel-neutral message types and nothing else of src/.',
      from: { path: '^knowledge/' },
      to: { path: '^src/', pathNot: '^src/messages/' },
    },
    {
      name: 'src-reaches-knowledge-through-its-index',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^knowledge/', pathNot: '^knowledge/index\\.ts$' },
    },
    {
      name: 'src-reaches-channels-through-their-index',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^channels/', pathNot: '^channels/index\\.ts$' },
    },
    {
      name: 'src-reaches-workers-through-their-index',
      severity: 'error',
      comment: 'The server and CLI start workers; only through workers/index.ts.',
      from: { path: '^src/' },
      to: { path: '^workers/', pathNot: '^workers/index\\.ts$' },
    },
    {
      name: 'workers-never-import-the-server-or-cli',
      severity: 'error',
      comment: 'The server and CLI start workers, never the other way round.',
      from: { path: '^workers/' },
      to: { path: '^src/(server|cli|app)/' },
    },
    {
      name: 'engine-never-imports-workers',
      severity: 'error',
      comment: 'The engine schedules through the ReminderScheduler port, not BullMQ.',
      from: { path: '^src/(conversation|stores|reminders)/' },
      to: { path: '^workers/' },
    },
    {
      name: 'engine-never-imports-a-channel',
      severity: 'error',
      from: { path: '^src/conversation/' },
      to: { path: '^channels/' },
    },
    {
      name: 'channels-do-not-reach-into-knowledge',
      severity: 'error',
      from: { path: '^channels/' },
      to: { path: '^(knowledge|workers)/' },
    },
    {
      name: 'product-code-never-imports-tests',
      severity: 'error',
      from: { path: '^(src|channels|knowledge|workers|bin)/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
