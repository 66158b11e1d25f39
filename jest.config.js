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
  // The app logs every request it makes; `npx jest --silent=false` shows those lines.
  silent: true,
};
