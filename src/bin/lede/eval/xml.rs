//! A small XML event reader, enough for TimeML and NewsReader CAT files: start tags with
//! their attributes, end tags, and text with entities decoded. No namespaces, no DTD
//! validation; comments, processing instructions and doctype are skipped; CDATA is text.
//! Hand-written so the CLI needs no XML crate (the bin's dependencies are the package's).

use std::borrow::Cow;

#[derive(Debug, PartialEq)]
pub enum Event<'a> {
    /// `<name attrs>` or `<name attrs/>` (`empty` = self-closing).
    Start {
        name: &'a str,
        attrs: &'a str,
        empty: bool,
    },
    End {
        name: &'a str,
    },
    /// Raw text between tags (decode it with [`decode`]).
    Text(&'a str),
}

/// Reads events from `s`; each is returned with its byte position, errors with the byte
/// position of the problem.
pub struct Reader<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(s: &'a str) -> Reader<'a> {
        Reader { s, pos: 0 }
    }

    fn find_from(&self, from: usize, pat: &str) -> Option<usize> {
        self.s.get(from..)?.find(pat).map(|i| i + from)
    }

    /// End of a tag starting at `from` (`<`), skipping `>` inside quoted attribute values.
    fn tag_end(&self, from: usize) -> Option<usize> {
        let mut quote: Option<u8> = None;
        for (i, b) in self.s.as_bytes().iter().enumerate().skip(from) {
            match (quote, *b) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, b'"') | (None, b'\'') => quote = Some(*b),
                (None, b'>') => return Some(i),
                _ => {}
            }
        }
        None
    }
}

impl<'a> Iterator for Reader<'a> {
    type Item = Result<(usize, Event<'a>), (usize, String)>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let start = self.pos;
            let rest = self.s.get(start..)?;
            if rest.is_empty() {
                return None;
            }
            if !rest.starts_with('<') {
                let end = self.find_from(start, "<").unwrap_or(self.s.len());
                self.pos = end;
                return Some(Ok((start, Event::Text(&self.s[start..end]))));
            }
            let skip = |r: &mut Self, close: &str, what: &str| -> Result<(), (usize, String)> {
                match r.find_from(start + 2, close) {
                    Some(e) => {
                        r.pos = e + close.len();
                        Ok(())
                    }
                    None => {
                        r.pos = r.s.len();
                        Err((start, format!("unterminated {what} (no {close:?})")))
                    }
                }
            };
            if rest.starts_with("<!--") {
                if let Err(e) = skip(self, "-->", "comment") {
                    return Some(Err(e));
                }
                continue;
            }
            if rest.starts_with("<![CDATA[") {
                let body = start + 9;
                return match self.find_from(body, "]]>") {
                    Some(e) => {
                        self.pos = e + 3;
                        Some(Ok((start, Event::Text(&self.s[body..e]))))
                    }
                    None => {
                        self.pos = self.s.len();
                        Some(Err((start, "unterminated CDATA section".into())))
                    }
                };
            }
            if rest.starts_with("<?") {
                if let Err(e) = skip(self, "?>", "processing instruction") {
                    return Some(Err(e));
                }
                continue;
            }
            if rest.starts_with("<!") {
                if let Err(e) = skip(self, ">", "declaration") {
                    return Some(Err(e));
                }
                continue;
            }
            let Some(end) = self.tag_end(start) else {
                self.pos = self.s.len();
                return Some(Err((start, "unterminated tag (no '>')".into())));
            };
            self.pos = end + 1;
            let inner = &self.s[start + 1..end];
            if let Some(name) = inner.strip_prefix('/') {
                return Some(Ok((start, Event::End { name: name.trim() })));
            }
            let (inner, empty) = match inner.strip_suffix('/') {
                Some(i) => (i, true),
                None => (inner, false),
            };
            let name_end = inner
                .find(|c: char| c.is_whitespace())
                .unwrap_or(inner.len());
            let name = &inner[..name_end];
            if name.is_empty() {
                return Some(Err((start, "tag without a name".into())));
            }
            return Some(Ok((
                start,
                Event::Start {
                    name,
                    attrs: &inner[name_end..],
                    empty,
                },
            )));
        }
    }
}

/// The decoded value of attribute `name` in a start tag's attribute text.
pub fn attr(attrs: &str, name: &str) -> Option<String> {
    let b = attrs.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let key_start = i;
        while i < b.len() && b[i] != b'=' && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        let key = attrs.get(key_start..i)?;
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() || b[i] != b'=' {
            if key.is_empty() {
                return None;
            }
            continue;
        }
        i += 1;
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let q = *b.get(i)?;
        if q != b'"' && q != b'\'' {
            return None;
        }
        let v_start = i + 1;
        let v_end = v_start + attrs.get(v_start..)?.find(q as char)?;
        if key == name {
            return Some(decode(attrs.get(v_start..v_end)?).into_owned());
        }
        i = v_end + 1;
    }
    None
}

/// Decodes the five predefined entities and numeric character references.
pub fn decode(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        let semi = after.find(';').filter(|&k| k <= 10);
        let decoded = semi.and_then(|k| {
            let ent = &after[1..k];
            let c = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => {
                    if let Some(h) = ent.strip_prefix("#x").or_else(|| ent.strip_prefix("#X")) {
                        u32::from_str_radix(h, 16).ok().and_then(char::from_u32)
                    } else if let Some(d) = ent.strip_prefix('#') {
                        d.parse::<u32>().ok().and_then(char::from_u32)
                    } else {
                        None
                    }
                }
            };
            c.map(|c| (c, k + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &after[len..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tags_text_and_attributes() {
        let x = "<?xml version='1.0'?><!-- c --><A k=\"v&amp;w\" j='>'>x &lt; y<B/></A>";
        let ev: Vec<_> = Reader::new(x).map(|e| e.unwrap().1).collect();
        assert_eq!(ev.len(), 4);
        match &ev[0] {
            Event::Start { name, attrs, empty } => {
                assert_eq!(*name, "A");
                assert!(!empty);
                assert_eq!(attr(attrs, "k").as_deref(), Some("v&w"));
                assert_eq!(attr(attrs, "j").as_deref(), Some(">"));
                assert_eq!(attr(attrs, "z"), None);
            }
            e => panic!("{e:?}"),
        }
        assert_eq!(ev[1], Event::Text("x &lt; y"));
        assert_eq!(decode("x &lt; y &#233; &bogus; &"), "x < y é &bogus; &");
        assert!(matches!(
            ev[2],
            Event::Start {
                name: "B",
                empty: true,
                ..
            }
        ));
        assert_eq!(ev[3], Event::End { name: "A" });
    }

    #[test]
    fn unterminated_tag_is_an_error() {
        let r: Vec<_> = Reader::new("ab<C x=\"1\"").collect();
        assert!(matches!(r.last(), Some(Err((2, _)))));
    }
}
