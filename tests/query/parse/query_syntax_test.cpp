// Syntax mistakes are errors that point at the place: the problem and its column, then the query
// and a '^' under that column. Each of these Xapian 1.4 would read another way, or not at all.
#include "parse/query_syntax.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "parse/query_error.hpp"
#include "parse/query_text.hpp"

namespace {

struct Row {
  const char* query;
  const char* problem;  // part of the first line
  std::size_t column;   // where the '^' is, from 1, in characters
};

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t nl; (nl = s.find('\n', start)) != std::string::npos; start = nl + 1)
    out.push_back(s.substr(start, nl - start));
  out.push_back(s.substr(start));
  return out;
}

// The message prepare_query() throws for `query`, or "" when it does not throw.
std::string error_of(const std::string& query) {
  try {
    ombud::prepare_query(query);
  } catch (const ombud::QueryError& e) {
    return e.what();
  }
  return "";
}

// The caret line's column, counting characters of the echoed query line above it.
std::size_t caret_column(const std::string& caret_line) {
  const std::size_t at = caret_line.find('^');
  REQUIRE(at != std::string::npos);
  REQUIRE(at >= 2);
  return at - 2 + 1;  // both lines are indented by two spaces
}

}  // namespace

TEST_CASE("syntax mistakes name the problem and point at it", "[query_syntax][errors]") {
  const Row rows[] = {
      {"delay OR apology)", "a ')' with no '(' before it", 17},
      {") delay", "a ')' with no '(' before it", 1},
      {"(delay OR apology", "a '(' that is never closed", 1},
      {"delay (fault OR (apology)", "a '(' that is never closed", 7},
      {"delay ()", "empty brackets", 7},
      {"delay ( ) fault", "empty brackets", 7},
      {"\"statutory complaints", "a quote that is never closed", 1},
      {"delay “statutory complaints", "a quote that is never closed", 7},
      {"council:\"Surrey County", "a quote that is never closed", 9},
      {"delay OR", "'OR' at the end of the query has nothing after it", 7},
      {"(delay AND) fault", "'AND' at the end of the brackets has nothing after it", 8},
      {"delay NOT", "'NOT' at the end of the query has nothing after it", 7},
      {"AND delay", "'AND' at the start of the query has nothing before it", 1},
      {"delay (OR fault)", "'OR' at the start of the brackets has nothing before it", 8},
      {"delay AND OR fault", "'OR' right after 'AND'", 11},
      {"delay NOT NOT fault", "'NOT' right after 'NOT'", 11},
      {"delay NOT -fault", "'NOT -fault' has both NOT and '-'", 7},
      {"council:", "'council:' has no value", 1},
      {"delay council: surrey", "'council:' has no value", 7},
      {"delay council:\"\"", "'council:' has no value", 7},
      {"delay NEAR \"statutory complaints\"", "'NEAR' joins single words", 7},
      {"delay NEAR statut*", "'NEAR' joins single words", 7},
      {"delay NEAR council:kent", "'NEAR' joins single words", 7},
      {"delay NEAR/3 fault ADJ apology", "'ADJ' after 'NEAR/3' in one chain", 20},
      {"review delay NEAR fault", "'NEAR' and the words it joins must stand apart", 1},
      {"delay NEAR fault review", "'NEAR' and the words it joins must stand apart", 18},
      // Columns count characters: “ and é are one each.
      {"“delay” OR", "'OR' at the end of the query", 9},
      {"café OR", "'OR' at the end of the query", 6},
      // The leftmost mistake is the one reported.
      {"(delay OR", "a '(' that is never closed", 1},
  };
  for (const Row& r : rows) {
    INFO(r.query);
    const std::string message = error_of(r.query);
    const std::vector<std::string> lines = lines_of(message);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].find(r.problem) != std::string::npos);
    CHECK(lines[0].ends_with("(column " + std::to_string(r.column) + ")"));
    CHECK(lines[1] == "  " + std::string(r.query));
    CHECK(caret_column(lines[2]) == r.column);
    CHECK(lines[2].find_first_not_of(' ') == lines[2].find('^'));
  }
}

TEST_CASE("the query echoed with tabs and line breaks as spaces, so the caret lines up",
          "[query_syntax][errors]") {
  const std::vector<std::string> lines = lines_of(error_of("delay\tOR"));
  REQUIRE(lines.size() == 3);
  CHECK(lines[1] == "  delay OR");
  CHECK(caret_column(lines[2]) == 7);
}

TEST_CASE("well-formed queries pass the syntax check", "[query_syntax]") {
  for (const char* q : {"",
                        "delay",
                        "delay OR fault",
                        "delay OR NOT fault",
                        "NOT delay",
                        "delay AND NOT fault",
                        "delay XOR NOT fault",
                        "-delay -fault",
                        "delay NEAR fault",
                        "delay NEAR/3 fault NEAR apology",
                        "delay ADJ fault",
                        "(delay NEAR fault) apology",
                        "delay NEAR fault outcome:upheld",
                        "(delay) (fault)",
                        "-(delay fault)",
                        "\"delay\" OR “fault”",
                        "council:\"Surrey County Council\"",
                        "Note: the council",
                        "a + b",
                        "delay OR -fault",
                        "-delay OR fault"}) {
    INFO(q);
    CHECK(error_of(q).empty());
  }
}
