//! Calendar export (`.ics`) of a planned week. (To come.)
