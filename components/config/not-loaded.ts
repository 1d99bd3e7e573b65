/** Said when code the form loads on demand did not arrive (the connection dropped, Easel restarted). */
export const NOT_LOADED = "Easel did not answer: check your connection and try again.";
