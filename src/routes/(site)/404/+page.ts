// Marks the page as not found: served at any missing address, it must not pass for the page the address names.
export const load = () => ({ notFound: true });
