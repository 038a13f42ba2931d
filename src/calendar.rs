//! Today, from the browser's clock in the runner's own time zone: what dates a new
//! plan and marks today's column. The core has no clock.

use weekboard_core::date::Date;

/// Today's date where the runner is.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    // getMonth() is 0-based; every value is a real date the browser produced.
    Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_else(|| Date::from_ymd(2026, 1, 1).expect("a date"))
}
