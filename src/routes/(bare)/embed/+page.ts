import { withPageEntries } from '$lib/fetchEntries';

export const load = ({ data }) => withPageEntries(data);
