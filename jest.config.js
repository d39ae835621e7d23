// Tests are TypeScript compiled to CommonJS by SWC (no type checking here: `npm run typecheck`
// does that). nock 15 is ESM-only, so Jest runs with --experimental-vm-modules (see package.json).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // The MongoDB adapter is left out of the floor rather than counted as untested or faked: no
  // mongod runs here. `npm run test:mongo` verifies it against a real replica set.
  collectCoverageFrom: [
    'src/**/*.ts',
    '!src/stores/mongo/**',
    'channels/**/*.ts',
    'knowledge/**/*.ts',
    'workers/**/*.ts',
  ],
  coverageReporters: ['text-summary', 'lcov'],
  coverageThreshold: { global: { lines: 80 } },
  testTimeout: 30000,
};
