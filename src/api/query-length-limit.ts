// The longest query the API accepts: the request schema enforces it and the search box uses it as its maxlength,
// so this module imports nothing and the browser bundle can take it without the schema code.

export const MAX_QUERY_LENGTH = 200;
