export const bundles = []
