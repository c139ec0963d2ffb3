// Small string helpers the page reader and the extractors share: trimming, ASCII case folding,
// straight apostrophes, splitting into lines and sentences. All work on UTF-8 byte strings and
// never look past the ends of their input.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ombud {

std::string_view trim(std::string_view s);

// ’ ‘ ʼ ′ become ', and “ ” become ": decisions mix them, and patterns are written with the
// straight forms.
std::string straighten_quotes(std::string_view s);

// A heading, metadata key or short line in the form the page rules and the extractors' patterns
// are written against: quotes straightened, trimmed, a trailing colon removed, runs of white
// space made one space, ASCII lower case. Not normalise_value() (shared/text_normaliser.hpp),
// which makes facet terms and must agree with the query side: that one folds the whole of
// Unicode (NFKC_Casefold) and keeps colons and double quotes. This one runs on every line of a
// page, so it stays a cheap byte loop, and leaves other letters as printed: the rules are ASCII.
std::string rule_form(std::string_view s);

// The lines of `text`, split at '\n', without the '\n'.
std::vector<std::string_view> split_lines(std::string_view text);

// The sentences of `text`: split at line ends, and after '.', '!' or '?' followed by white
// space. Good enough for deciding what a sentence says, not for display.
std::vector<std::string_view> split_sentences(std::string_view text);

}  // namespace ombud
