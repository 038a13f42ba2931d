//! Reading a coach's workout notation. (To come.)
