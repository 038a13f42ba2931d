//! Share links: the plan in a compact, versioned binary form, base64url-encoded. (To come.)
