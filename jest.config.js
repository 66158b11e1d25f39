/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // The build copies package.json into dist/; two packages of one name make jest warn.
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/build/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.check.json' }],
  },
  testTimeout: 30000,
  // jest keeps each test file's modules in memory, and zapier-platform-core's app tester exits
  // the process once it has run 250 times above 450 MB. On a 2-CPU machine jest runs every file
  // in one process, which then died in the property tests; a worker that is restarted when it
  // grows keeps the whole suite under that limit.
  workerIdleMemoryLimit: '200MB',
  // The app logs every request it makes; `npx jest --silent=false` shows those lines.
  silent: true,
};
