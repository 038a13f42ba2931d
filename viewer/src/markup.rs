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
    /// `<tag` — attributes follow, then [`Markup::end`].
    #[inline(never)]
    pub fn tag(&mut self, tag: &str) -> &mut Markup {
        self.0.push('<');
        self.0.push_str(tag);
        self
    }

    /// ` name="value"`, the value escaped.
    #[inline(never)]
    pub fn attr(&mut self, name: &str, value: &str) -> &mut Markup {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        for c in value.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '"' => self.0.push_str("&quot;"),
                '<' => self.0.push_str("&lt;"),
                c => self.0.push(c),
            }
        }
        self.0.push('"');
        self
    }

    /// The attribute when there is a value, nothing when there is none.
    #[inline(never)]
    pub fn opt(&mut self, name: &str, value: Option<&str>) -> &mut Markup {
        match value {
            Some(value) => self.attr(name, value),
            None => self,
        }
    }

    /// `>`: the opening tag is complete.
    #[inline(never)]
    pub fn end(&mut self) -> &mut Markup {
        self.0.push('>');
        self
    }

    /// Text content, escaped.
    #[inline(never)]
    pub fn text(&mut self, text: &str) -> &mut Markup {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// `</tag>`.
    #[inline(never)]
    pub fn close(&mut self, tag: &str) -> &mut Markup {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// `<tag class="class">text</tag>`, the commonest element of all.
    #[inline(never)]
    pub fn el(&mut self, tag: &str, class: &str, text: &str) -> &mut Markup {
        self.tag(tag)
            .attr("class", class)
            .end()
            .text(text)
            .close(tag)
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
    fn text_and_attributes_cannot_open_markup() {
        let mut m = Markup::default();
        m.tag("p")
            .attr("title", "\"><script>x</script>")
            .end()
            .text("<b>Tom & Jerry's</b>")
            .close("p");
        assert_eq!(
            m.into_string(),
            "<p title=\"&quot;>&lt;script>x&lt;/script>\">&lt;b&gt;Tom &amp; Jerry's&lt;/b&gt;</p>"
        );
    }
}
