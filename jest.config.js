// Unit, property and component tests. Browser and real-client checks live in tests/e2e and tests/clients.
module.exports = {
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/tests/unit/**/*.test.{ts,tsx}'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  moduleNameMapper: {
    // styles first, so an aliased stylesheet ('@/components/….scss') is stubbed too
    '\\.(css|scss|sass|less)$': '<rootDir>/tests/style-stub.js',
    '^@/(.*)$': '<rootDir>/src/$1'
  },
  transform: { '^.+\\.(t|j|mj|cj)sx?$': 'babel-jest' },
  transformIgnorePatterns: [
    '<rootDir>/node_modules/(?!(@tarojs|@stencil|swiper|ssr-window|dom7|lodash-es|query-string|decode-uri-component|split-on-first|filter-obj|chinese-days|@electric-sql/pglite)/)'
  ],
  setupFiles: ['<rootDir>/tests/setup-env.js'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup-after-env.ts']
}
