// a component, not a page: the platform mounts it once per tab page
export default { component: true }
