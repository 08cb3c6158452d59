//! Quotes and who said them.
//!
//! 1. **Marks.** Double quote marks are paired inside each paragraph by shape and position:
//!    `“` opens and `”` closes; a straight `"` (and the wire style ``` `` ``` / `''`) opens
//!    after a space or line start and closes before a space or punctuation. Single quotes and
//!    apostrophes never open or close a quote (`’s`, `aren’t`, `’90s`). A quote still open at
//!    the end of a paragraph runs on when the next paragraph opens with a quote mark (the
//!    convention for quotes of several paragraphs); otherwise it is dropped and the next
//!    paragraph starts clean.
//! 2. **Kind.** A quote that stands as its own sentence (it starts a sentence, or follows a
//!    colon or a speech verb) is `full`; quoted words inside the writer's sentence are
//!    `partial`. Quotes of one or two words and quoted titles ("Saturday Night Live") are
//!    not quotes.
//! 3. **Speaker.** The attribution is looked for after the quote (`“…,” said X`, `“…,” X
//!    said`, `“…” — X`), then before it (`X said: “…”`, `according to X`, `insiders describe
//!    as “…”`). The speaker phrase is a named entity when one stands there, a pronoun resolved
//!    to the person or organization last named, an organization noun ("the company") resolved
//!    to the organization last named, or the descriptive phrase trimmed to its noun phrase
//!    ("one former AI engineer who requested anonymity" → "one former AI engineer"). A
//!    participle after a comma (", telling Reuters: “…”") speaks for the sentence's subject.
//!    A quote without an attribution of its own continues the previous quote's speaker in the

mod attribution;
mod marks;
mod phrase;
mod quote;
mod reader;
mod reference;
#[cfg(test)]
mod tests;

pub(crate) use marks::{find_quote_spans, is_title};
pub use quote::{Quote, QuoteKind, Speaker};
pub use reader::quotes;
