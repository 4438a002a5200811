// Import Taro first: importing it later through a component triggers a circular import.
// Files that run in the node environment (contract tests with a real server) have no window and no Taro.
if (typeof window !== 'undefined') require('@tarojs/taro')
