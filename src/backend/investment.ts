// placeholder while the module is built
export {}
